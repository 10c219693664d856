import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKitConfig } from '../../../src/config/loadKitConfig.ts';
import { copyProject } from '../projectCopy.ts';
import { projectRoot } from '../projectRoot.ts';
import { asTranslation } from '../stampTranslation.ts';

/** The lesson every generated lesson copies: a full lesson with a quiz, teacher notes and sources. */
export const SCALE_SOURCE = 'lessons/en/lessons/11-13/real-or-fake.mdx';

/**
 * A copy of the kit with its real content plus `count` generated lessons in every locale (as if
 * all were translated): copies of one real lesson with their own slug and title, valid for the
 * kit's schema and checks; the copies in other locales record the English version they translate. Links stay as in the source: the link checker knows only pages that
 * exist in a locale, and the other locales' help pages are English fallbacks for now.
 */
export function scaleFixture(count: number) {
	const kit = loadKitConfig(undefined, {});
	const source = readFileSync(join(projectRoot, SCALE_SOURCE), 'utf8');
	const band = /^ageBand:\s*(\S+)/m.exec(source)?.[1] ?? kit.ageBands[0]!;
	const files: Record<string, string> = {};
	for (let index = 1; index <= count; index++) {
		const number = String(index).padStart(4, '0');
		const lesson = source
			.replace(/^title: (.*)$/m, `title: "Generated lesson ${number}: $1"`)
			.replace(/^( {2}order:) \d+$/m, `$1 ${100 + index}`);
		for (const { code } of kit.locales)
			files[`lessons/${code}/lessons/${band}/generated-${number}.mdx`] =
				code === kit.defaultLocale ? lesson : asTranslation(lesson, lesson);
	}
	return copyProject(`scale-${count}-`, files, { lessons: true });
}
