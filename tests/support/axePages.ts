import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { useBuiltSite } from './builtSite.ts';

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

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Axe for one page. The kit's pages have no frames, so axe runs in the page itself (legacy mode)
 * instead of finishing every run in a new blank page: the same results in half the time. Only
 * violations are reported in full (`resultTypes`): axe still runs every rule, but writes up just
 * one element for the rules that pass, which the tests never read. Choose rules or tags after
 * this: `options()` replaces them.
 * @see https://github.com/dequelabs/axe-core-npm/tree/develop/packages/playwright#axebuildersetlegacymodelegacymode-boolean
 * @see https://github.com/dequelabs/axe-core/blob/develop/doc/API.md#options-parameter
 */
export function axeOn(page: Page) {
	return new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
}

/**
 * Axe on every page type of each locale: every WCAG 2.0–2.2 A and AA rule in the light theme and,
 * for the locales in `darkToo`, the colour contrast rule again in the dark theme. The two themes
 * differ only in colours, which are the same in every locale, so the dark theme is checked in a
 * left-to-right and a right-to-left locale rather than in all of them. On a page a locale has not
 * translated yet, the content is the source locale's page (checked there), and its frame is checked.
 */
export function axeEveryPageType(
	site: ReturnType<typeof useBuiltSite>,
	groups: [string, string[]][],
	darkToo: string[],
) {
	for (const [name, paths] of groups) {
		const themes = darkToo.includes(name) ? (['light', 'dark'] as const) : (['light'] as const);
		for (const colorScheme of themes) {
			it(`every page type in ${name} has no violations in the ${colorScheme} theme`, async () => {
				const context = await site.browser().newContext({ colorScheme });
				const page = await context.newPage();
				const summary: string[] = [];
				for (const path of paths) {
					await page.goto(site.url(path));
					const axe = axeOn(page);
					// A page not translated yet shows the source locale's content (marked with its lang), the
					// same content that is checked on the source locale's page: check the page around it here.
					const fallback = await page.evaluate(() => {
						const main = document.querySelector('main');
						return Boolean(main?.lang && main.lang !== document.documentElement.lang);
					});
					if (fallback) axe.exclude('main .sl-markdown-content');
					const results = await (
						colorScheme === 'light' ? axe.withTags(WCAG) : axe.withRules(['color-contrast'])
					).analyze();
					summary.push(
						...results.violations.map(
							(v) => `${path} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
						),
					);
				}
				await context.close();
				expect(summary).toEqual([]);
			}, 300_000);
		}
	}
}

/** Every page type's path in one locale. */
export const pagesOf = (code: string) => PAGE_TYPES.map((type) => `/${code}/${type}`);
