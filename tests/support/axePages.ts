import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ContextSpec, RunOptions } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { useBuiltSite } from './builtSite.ts';

/** One page of every type; each is checked in every locale (untranslated pages show English). */
export const PAGE_TYPES = [
	'',
	'lessons/14-16/nudify-apps-harm-law-help/',
	'lessons/8-10/pictures-can-be-changed/student/',
	'lessons/',
	'lessons/11-13/',
	'curriculum/',
	'help/',
	'help/country/gb/',
	'help/country/other/',
	'parents/ages-11-13/',
	'teachers/safeguarding-and-disclosures/',
	'glossary/',
	'translation-status/',
	'offline/',
	'young-people/',
];

/** The window size of the page checks (Playwright's default). */
const AXE_VIEWPORT = { width: 1280, height: 720 };

/** Every WCAG 2.0–2.2 A and AA rule. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeCheck {
	/** Rules by tag (e.g. `WCAG`) or by id (e.g. `['color-contrast']`). */
	tags?: string[];
	rules?: string[];
	/** CSS selectors to check only, or to leave out. */
	include?: string[];
	exclude?: string[];
}

/**
 * Axe-core on the page as it is now. The kit's pages have no frames, so axe runs in the page
 * itself, put there once per page load (`withAxe` puts it in every page of a window as it loads,
 * for half the cost). (`@axe-core/playwright` evaluates axe's 500 KB source
 * twice on every run: a third of the cost of checking a page.) Only violations are reported in
 * full (`resultTypes`): axe still runs every rule, but writes up just one element for the rules
 * that pass, which the tests never read. Axe names elements by CSS selectors (`target`) only
 * when there are violations, in a second run: working selectors out takes a tenth of a run.
 * @see https://github.com/dequelabs/axe-core/blob/develop/doc/API.md#api-name-axerun
 */
export async function runAxe(page: Page, { tags, rules, include, exclude }: AxeCheck): Promise<AxeResults> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	const context = { exclude: exclude ?? [], ...(include ? { include } : {}) };
	const options: RunOptions = {
		resultTypes: ['violations'],
		runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags ?? WCAG },
	};
	type Axe = { run: (context: ContextSpec, options: RunOptions) => Promise<AxeResults> };
	const run = (selectors: boolean) =>
		page.evaluate(([context, options]) => (window as unknown as { axe: Axe }).axe.run(context, options), [
			context,
			{ ...options, selectors },
		] as const);
	const results = await run(false);
	return results.violations.length === 0 ? results : run(true);
}

/**
 * Puts axe in every page a window loads, before the page's own scripts (`runAxe` finds it there).
 * Measured here: about 0.05 core-seconds per page this way, 0.1 handed to `page.evaluate`.
 */
export async function withAxe(context: BrowserContext): Promise<void> {
	await context.addInitScript(AXE_SOURCE);
}

/** Violations as "path rule: help (elements)", for an `expect(…).toEqual([])` that says what is wrong. */
export function describeViolations(path: string, results: AxeResults): string[] {
	return results.violations.map(
		(v) => `${path} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
	);
}

/**
 * Axe on every page type of each locale: every WCAG 2.0–2.2 A and AA rule in the light theme and,
 * for the locales in `darkToo`, the colour contrast rule again in the dark theme, on the same page
 * load (the theme switched as the theme menu switches it). The two themes differ only in colours,
 * which are the same in every locale, so the dark theme is checked in a left-to-right and a
 * right-to-left locale rather than in all of them. On a page a locale has not translated yet, the
 * content is the source locale's page (checked there), and its frame is checked.
 */
export function axeEveryPageType(groups: [string, string[]][], darkToo: string[]) {
	// The file's window, which the locales take turn in, with axe put in every page it loads.
	const site = useBuiltSite({ prepare: withAxe });
	for (const [name, paths] of groups) {
		const themes = darkToo.includes(name) ? 'the light and dark themes' : 'the light theme';
		it(`every page type in ${name} has no violations in ${themes}`, async () => {
			const found: string[] = [];
			for (const path of paths) {
				const { page } = await site.open(path, { viewport: AXE_VIEWPORT });
				// A page not translated yet shows the source locale's content (marked with its lang), the
				// same content that is checked on the source locale's page: check the page around it here.
				const fallback = await page.evaluate(() => {
					const main = document.querySelector('main');
					return Boolean(main?.lang && main.lang !== document.documentElement.lang);
				});
				const exclude = fallback ? ['main .sl-markdown-content'] : [];
				found.push(...describeViolations(path, await runAxe(page, { tags: WCAG, exclude })));
				if (!darkToo.includes(name)) continue;
				// The next `open` puts the window back in the light theme.
				await darkTheme(page);
				found.push(
					...describeViolations(`${path} (dark)`, await runAxe(page, { rules: ['color-contrast'], exclude })),
				);
			}
			expect(found).toEqual([]);
		}, 300_000);
	}
}

/**
 * Switches a loaded page to the dark theme, as a reader whose system is dark sees it: the media
 * feature, and Starlight's `data-theme`, which its theme script sets from it on load. Fails if the
 * page does not follow (a page whose colours no longer come from the theme would pass unchecked).
 */
async function darkTheme(page: Page) {
	const colours = () =>
		page.evaluate(() =>
			[document.documentElement, document.body].map((element) => {
				const style = getComputedStyle(element);
				return `${style.color} on ${style.backgroundColor}`;
			}),
		);
	const light = await colours();
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
	expect(await colours(), 'the page’s colours in the dark theme').not.toEqual(light);
}

/** Every page type's path in one locale. */
export const pagesOf = (code: string) => PAGE_TYPES.map((type) => `/${code}/${type}`);
