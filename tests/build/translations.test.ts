import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { sourceHash } from '../../src/i18n/translationStatus.ts';
import { asTranslation } from '../../scripts/lib/stampTranslation.ts';
import { buildFixture, fixture } from '../support/buildFixture.ts';

const GUIDE = `---
title: For young people
kind: guide
---

Go to [Get help](/en/help/).
`;
const HELP = `---
title: Get help
kind: help
---

Call someone.
`;
const LESSON = fixture('lesson-good.mdx');
const DUTCH_GUIDE = `---
title: Voor jongeren
kind: guide
---

Ga naar [Hulp krijgen](/en/help/) of lees het [Franse origineel](/fr/young-people/).
`;

/** Translations record which version of their source they translate, and readers see when that changed. */
describe('translated pages', () => {
	it('link within their own locale, show a notice when outdated, and appear on the status page', () => {
		const edited = `${GUIDE}\nOr talk to someone you trust.\n`;
		const build = buildFixture({
			'lessons/en/index.mdx': fixture('home.mdx'),
			'lessons/en/help/index.mdx': HELP,
			// The Dutch guide translates the English guide as it was before an edit…
			'lessons/en/young-people/index.mdx': edited,
			'lessons/nl/young-people/index.mdx': asTranslation(DUTCH_GUIDE, GUIDE, 'reviewed'),
			// …while the Dutch help page translates the current English one.
			'lessons/nl/help/index.mdx': asTranslation(HELP.replace('Get help', 'Hulp krijgen'), HELP),
			'lessons/fr/young-people/index.mdx': asTranslation(GUIDE, edited),
			// A lesson translated before its source was edited: both of its views say so.
			'lessons/en/lessons/11-13/ask-first.mdx': `${LESSON}\nAsk before you share.\n`,
			'lessons/nl/lessons/11-13/ask-first.mdx': asTranslation(LESSON, LESSON),
		});
		onTestFinished(build.remove);
		expect(build.status, build.output).toBe(0);
		const page = (path: string) => readFileSync(join(build.root, 'dist', path, 'index.html'), 'utf8');

		const guide = page('nl/young-people');
		// A link the translator left as /en/… stays in Dutch; a link into another locale is kept.
		expect(guide).toContain('href="/nl/help/"');
		expect(guide).toContain('href="/fr/young-people/"');
		expect(guide).not.toContain('href="/en/help/"');
		// The source changed since: a notice in Dutch links the current English page.
		expect(guide).toContain('data-kit-outdated-translation');
		expect(guide).toContain('Het origineel van deze pagina in het Engels is veranderd');
		expect(guide).toMatch(
			/<a href="\/en\/young-people\/" hreflang="en"[^>]*>Lees de actuele pagina in het Engels\.<\/a>/,
		);
		// The notice is on both views of a lesson, each linking the same view of the source.
		expect(page('nl/lessons/11-13/ask-first')).toMatch(
			/data-kit-outdated-translation.*<a [^>]*href="\/en\/lessons\/11-13\/ask-first\/" hreflang="en"/s,
		);
		expect(page('nl/lessons/11-13/ask-first/student')).toMatch(
			/data-kit-outdated-translation.*<a [^>]*href="\/en\/lessons\/11-13\/ask-first\/student\/" hreflang="en"/s,
		);
		expect(page('es/lessons/11-13/ask-first/student')).not.toContain('data-kit-outdated-translation');
		// Up-to-date translations and fallback pages have no such notice.
		expect(page('nl/help')).not.toContain('data-kit-outdated-translation');
		expect(page('fr/young-people')).not.toContain('data-kit-outdated-translation');
		expect(page('es/young-people')).not.toContain('data-kit-outdated-translation');

		const status = page('nl/translation-status');
		// Each country pack's Dutch words count too: machine-assisted and up to date.
		const packs = readdirSync(join(build.root, 'countries'), { withFileTypes: true }).filter((entry) =>
			entry.isDirectory(),
		).length;
		expect(status).toMatch(
			new RegExp(
				`<tr data-locale="nl">.*?<td>${3 + packs} / ${4 + packs}</td><td>${2 + packs}</td><td>1</td><td>2</td>`,
				's',
			),
		);
		expect(status).toMatch(/<tr data-state="outdated"><th scope="row"><a [^>]*href="\/nl\/young-people\/"/);
		expect(status).toContain(sourceHash(edited));
	});

	it('fail the build without a translation record, giving the line to add with the source’s hash', () => {
		const build = buildFixture({
			'lessons/en/index.mdx': fixture('home.mdx'),
			'lessons/en/help/index.mdx': HELP,
			'lessons/nl/help/index.mdx': HELP.replace('Get help', 'Hulp krijgen'),
		});
		onTestFinished(build.remove);
		expect(build.status).not.toBe(0);
		expect(build.output).toContain(
			'lessons/nl/help/index.mdx:1: this page translates lessons/en/help/index.mdx but does not record which version.',
		);
		expect(build.output).toContain(`source: "${sourceHash(HELP)}"`);
	});
});
