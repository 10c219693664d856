import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/projectRoot.ts';
import { asTranslation } from '../../scripts/lib/stampTranslation.ts';
import type { TranslationReport } from '../../src/i18n/translationStatus.ts';
import { sourceHash } from '../../src/i18n/translationStatus.ts';
import { buildFixture, fixture, runScript, type FixtureBuild } from '../support/buildFixture.ts';

/**
 * One build of a fork of the kit, as an NGO would make it: rebranded in kit.config.json, a locale
 * added with `npm run i18n:add`, pages translated (some since outdated), an Arabic home and lesson.
 * Each part is checked on its own below; one build serves them all, because a build is the
 * slowest step of the test suite (tests/build/badContent.test.ts has the builds that must fail).
 * The fork is built with `astro build` alone, as a host that runs Astro itself would, where
 * `npm test` builds the kit with `npm run build`: both ways give a whole site.
 */
const kit = JSON.parse(readFileSync(join(projectRoot, 'kit.config.json'), 'utf8'));
const GREEN = {
	light: { accentLow: '#dcfce7', accent: '#166534', accentHigh: '#052e16' },
	dark: { accentLow: '#052e16', accent: '#22c55e', accentHigh: '#bbf7d0' },
};
const LOGO =
	'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5"/></svg>';
const GUIDE = `---
title: For young people
kind: guide
---

Go to [Get help](/en/help/).
`;
const EDITED_GUIDE = `${GUIDE}\nOr talk to someone you trust.\n`;
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
/** A fork's own page on `<StarlightPage>`, showing what the page's frontmatter became. */
const OWN_PAGE = `---
import StarlightPage from '@astrojs/starlight/components/StarlightPage.astro';
import PageData from '../../own/PageData.astro';
---

<StarlightPage frontmatter={{ title: 'Our page', audiences: ['parents'] }}>
	<PageData />
</StarlightPage>
`;
/** Rendered inside the page, once Starlight has checked its frontmatter. */
const PAGE_DATA = `<p id="data">{JSON.stringify(Astro.locals.starlightRoute.entry.data)}</p>\n`;
/** Pages of the source locale in the fork: home, help, the guide for young people and one lesson. */
const SOURCE_PAGES = 4;

let build: FixtureBuild;
let added: ReturnType<typeof runScript> | undefined;
let portugueseStatus: TranslationReport | undefined;
const page = (path: string) => readFileSync(join(build.root, 'dist', path, 'index.html'), 'utf8');
const packCount = () =>
	readdirSync(join(build.root, 'countries'), { withFileTypes: true }).filter((entry) => entry.isDirectory())
		.length;

beforeAll(() => {
	build = buildFixture(
		{
			// Rebranded: kit.config.json only, no code.
			'kit.config.json': JSON.stringify({
				...kit,
				name: 'Lessen van Voorbeeld',
				logo: { src: 'src/assets/logo.svg', alt: '' },
				colours: GREEN,
				contact: { url: 'mailto:lessen@example.org' },
			}),
			'src/assets/logo.svg': LOGO,
			// A page of the fork's own code, on Starlight's page component.
			'src/pages/en/own-page.astro': OWN_PAGE,
			'src/own/PageData.astro': PAGE_DATA,
			'lessons/en/index.mdx': fixture('home.mdx'),
			'lessons/en/help/index.mdx': HELP,
			// The Dutch guide translates the English guide as it was before an edit…
			'lessons/en/young-people/index.mdx': EDITED_GUIDE,
			'lessons/nl/young-people/index.mdx': asTranslation(DUTCH_GUIDE, GUIDE, 'reviewed'),
			// …while the Dutch help page translates the current English one.
			'lessons/nl/help/index.mdx': asTranslation(HELP.replace('Get help', 'Hulp krijgen'), HELP),
			'lessons/fr/young-people/index.mdx': asTranslation(GUIDE, EDITED_GUIDE),
			// A lesson translated before its source was edited: both of its views say so.
			'lessons/en/lessons/11-13/ask-first.mdx': `${LESSON}\nAsk before you share.\n`,
			'lessons/nl/lessons/11-13/ask-first.mdx': asTranslation(LESSON, LESSON),
			'lessons/ar/index.mdx': asTranslation(fixture('home-ar.mdx'), fixture('home.mdx')),
			'lessons/ar/lessons/11-13/ask-first.mdx': asTranslation(LESSON, `${LESSON}\nAsk before you share.\n`),
		},
		{
			astroOnly: true,
			prepare: (root) => {
				added = runScript(root, 'i18n-add.ts', ['pt-BR']);
				portugueseStatus = JSON.parse(
					runScript(root, 'i18n-status.ts', ['--json', '--locale', 'pt-br']).stdout,
				) as TranslationReport;
			},
		},
	);
}, 180_000);
afterAll(() => build?.remove());

describe('a fork of the kit', () => {
	it('builds', () => {
		expect(build.status, build.output).toBe(0);
	});

	it('checks the frontmatter of its own <StarlightPage> pages against the kit’s page schema (src/content.config.ts)', () => {
		const data = /<p id="data">(.*?)<\/p>/.exec(page('en/own-page'))?.[1] ?? '';
		// The kit's fields, with their defaults: Starlight's schema alone would drop them.
		expect(JSON.parse(data.replaceAll('&quot;', '"'))).toMatchObject({
			title: 'Our page',
			kind: 'reference',
			audiences: ['parents'],
		});
	});

	it('builds without the bundler’s warning about Astro’s head directive in each MDX page (src/config/buildLog.ts)', () => {
		expect(build.output).toContain('[build] Building static entrypoints');
		expect(build.output).not.toContain('use astro:head-inject');
	});

	it('built with `astro build` alone, has its search index, security policy and link check', () => {
		// Starlight's hook ran Pagefind; the kit's hook ran the page step on every page.
		const entry = JSON.parse(readFileSync(join(build.root, 'dist/pagefind/pagefind-entry.json'), 'utf8'));
		expect(Object.keys(entry.languages)).toContain('en');
		expect(page('en')).toContain('<meta http-equiv="Content-Security-Policy"');
		expect(build.output).toMatch(
			/\[kit-security\] Content-Security-Policy, safe external links and a link check on \d+ pages/,
		);
		expect(build.output).toContain('[starlight:pagefind] Finished building search index');
	});
});

describe('rebranding from kit.config.json', () => {
	it('builds with the fork’s name, logo, accent colours and contact link', () => {
		const home = page('en');
		expect(home).toMatch(
			/<a href="\/en\/" class="site-title[^"]*"><img[^>]*src="\/_astro\/logo\.[\w-]+\.svg"/,
		);
		expect(home).toContain('Lessen van Voorbeeld</span>');
		expect(home).toContain(
			':root { --sl-color-accent-low: #052e16; --sl-color-accent: #22c55e; --sl-color-accent-high: #bbf7d0; }',
		);
		expect(home).toContain('--sl-color-accent-low: #dcfce7; --sl-color-accent: #166534;');
		expect(home).toMatch(
			/<a href="mailto:lessen@example\.org" data-kit-contact[^>]*>Questions or feedback about this kit\?<\/a>/,
		);
	});
});

describe('npm run i18n:add', () => {
	it('adds pt-BR to a copy of the kit, which then builds with English pages and Starlight’s notice', () => {
		expect(added?.status, added?.stderr).toBe(0);
		expect(added?.stdout).toContain(
			'Added Português (Brasil) (pt-BR): pages at /pt-br/, written left to right.',
		);

		// One entry in the one locale list, UI strings to translate, and a folder for pages.
		const config = JSON.parse(readFileSync(join(build.root, 'kit.config.json'), 'utf8'));
		expect(config.locales.at(-1)).toEqual({
			code: 'pt-br',
			label: 'Português (Brasil)',
			lang: 'pt-BR',
			dir: 'ltr',
			helpCountries: [],
		});
		const strings = JSON.parse(readFileSync(join(build.root, 'src/content/i18n/pt-br.json'), 'utf8'));
		expect(strings['kit.help.now']).toBe('Get help now');
		// Portuguese has a "many" plural form that English lacks.
		expect(strings['kit.lesson.minutes_many']).toBe('{{count}} minutes');
		expect(existsSync(join(build.root, 'lessons/pt-br/_README.md'))).toBe(true);
		// Until translated, the placeholders count as missing; every page and every country pack's words are missing.
		const portuguese = portugueseStatus!.locales[0]!;
		expect(portuguese.missingUiStrings).toHaveLength(portuguese.uiStringsTotal);
		expect(portuguese.counts).toMatchObject({
			total: SOURCE_PAGES + packCount(),
			translated: 0,
			missing: SOURCE_PAGES + packCount(),
		});
		expect(portuguese.pages.map((entry) => entry.path)).toContain('countries/nl/en.json');

		const lesson = page('pt-br/lessons/11-13/ask-first');
		expect(lesson).toMatch(/<html[^>]*lang="pt-BR"[^>]*dir="ltr"/);
		expect(lesson).toContain('Este conteúdo não está disponível em sua língua ainda.');
		expect(page('pt-br/lessons')).toContain('href="/pt-br/lessons/11-13/ask-first/"');
		expect(page('')).toContain('href="/pt-br/"');
		expect(page('pt-br/translation-status')).toContain('Português (Brasil)');
	});
});

/** Translations record which version of their source they translate, and readers see when that changed. */
describe('translated pages', () => {
	it('link within their own locale, show a notice when outdated, and appear on the status page', () => {
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
		const packs = packCount();
		expect(status).toMatch(
			new RegExp(
				`<tr data-locale="nl">.*?<td>${3 + packs} / ${SOURCE_PAGES + packs}</td><td>${2 + packs}</td><td>1</td><td>2</td>`,
				's',
			),
		);
		expect(status).toMatch(/<tr data-state="outdated"><th scope="row"><a [^>]*href="\/nl\/young-people\/"/);
		expect(status).toContain(sourceHash(EDITED_GUIDE));
	});
});

/**
 * Content lives in `lessons/`, reached by Starlight through the src/content/docs link: the
 * Starlight features which depend on that path keep working.
 */
describe('Starlight features on content in lessons/', () => {
	it('builds the sidebar with its age band pages, and localised aside and heading-anchor labels', () => {
		// A lesson in lessons/ar/ gets its overview labels in Arabic; its English original, in English.
		const arabicLesson = page('ar/lessons/11-13/ask-first');
		expect(arabicLesson).toContain('نظرة عامة على الدرس');
		expect(page('en/lessons/11-13/ask-first')).toContain('Lesson overview');

		const arabicHome = page('ar');
		// Starlight's Arabic label for a note aside.
		expect(arabicHome).toContain('aria-label="ملاحظة"');
		expect(arabicHome).toMatch(/<html[^>]*lang="ar"[^>]*dir="rtl"/);
		// The sidebar links to the "Ages 11–13" band page, labelled in Arabic, which lists the lesson.
		expect(arabicHome).toMatch(/<a href="\/ar\/lessons\/11-13\/"[^>]*><span[^>]*>الأعمار \u206611–13\u2069</);
		expect(page('ar/lessons/11-13')).toContain('href="/ar/lessons/11-13/ask-first/"');
		// The kit's Arabic anchor label (Starlight ships none), used by headings in Arabic pages.
		expect(arabicHome).toContain('قسم بعنوان «أهلاً»');
		expect(page('en/lessons/11-13/ask-first')).toContain('Section titled “Warm-up (5 minutes)”');
		// The kit's own blocks follow the content's language too: timings, teacher notes, quiz.
		expect(arabicLesson).toContain('(5 دقائق)');
		expect(arabicLesson).toContain('aria-label="ملاحظات للمعلم"');
		expect(arabicLesson).toContain('تحقق من الإجابة');
		// The lesson's quiz is exported for learning platforms, in each language it is written in.
		for (const locale of ['en', 'nl', 'ar']) {
			const exports = join(build.root, `dist/quiz-exports/${locale}/lessons/11-13`);
			expect(existsSync(join(exports, 'ask-first.gift'))).toBe(true);
			expect(existsSync(join(exports, 'ask-first-qti21.zip'))).toBe(true);
		}
		// …made by the kit's hook (`astro build` alone) from the quizzes the build left, which it removed.
		expect(readdirSync(join(build.root, 'dist/quiz-exports')).sort()).toEqual(['ar', 'en', 'nl']);
		expect(build.output).toMatch(/\[kit-quiz-exports\] Quiz exports \(GIFT, QTI\) of 3 lessons/);
	});
});
