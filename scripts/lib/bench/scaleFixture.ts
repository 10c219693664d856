import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKitConfig } from '../../../src/config/loadKitConfig.ts';
import { copyProject } from '../projectCopy.ts';
import { projectRoot } from '../projectRoot.ts';
import { asTranslation } from '../stampTranslation.ts';

/** The lesson every generated lesson copies: a full lesson with a quiz, teacher notes and sources. */
export const SCALE_SOURCE = 'lessons/en/lessons/11-13/real-or-fake.md';

/** One generated lesson: where it goes inside a locale folder, and its text. */
export interface GeneratedLesson {
	/** Path inside a locale's folder, without extension, e.g. `lessons/11-13/generated-0001`. */
	path: string;
	source: string;
}

/**
 * `count` copies of the scale source lesson, each with its own slug, title and order, valid for
 * the kit's schema and checks. The kit's scale copies and the plain Starlight site both take
 * their generated lessons from here, so both build the same text.
 */
export function generatedLessons(count: number): GeneratedLesson[] {
	const source = readFileSync(join(projectRoot, SCALE_SOURCE), 'utf8');
	const band = /^ageBand:\s*(\S+)/m.exec(source)?.[1] ?? loadKitConfig(undefined, {}).ageBands[0]!;
	return Array.from({ length: count }, (_, at) => {
		const number = String(at + 1).padStart(4, '0');
		return {
			path: `lessons/${band}/generated-${number}`,
			source: source
				.replace(/^title: (.*)$/m, `title: "Generated lesson ${number}: $1"`)
				.replace(/^( {2}order:) \d+$/m, `$1 ${100 + at + 1}`),
		};
	});
}

/**
 * A copy of the kit with its real content plus `count` generated lessons in every locale, each
 * locale with its own entries (as if all were translated); the copies in other locales record the
 * English version they translate. Links stay as in the source: the link checker knows only pages
 * that exist in a locale, and the other locales' help pages are English fallbacks for now.
 * With `locales`, the copy keeps only those (scripts/lib/projectCopy.ts).
 */
export function scaleFixture(count: number, { locales }: { locales?: string[] } = {}) {
	const kit = loadKitConfig(undefined, {});
	const files: Record<string, string> = {};
	for (const { path, source } of generatedLessons(count)) {
		for (const { code } of kit.locales)
			files[`lessons/${code}/${path}.md`] =
				code === kit.defaultLocale ? source : asTranslation(source, source);
	}
	return copyProject(`scale-${count}-`, files, { lessons: true, locales });
}
