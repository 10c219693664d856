import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import kit from '../../kit.config.json' with { type: 'json' };
import { useBuiltSite } from '../support/builtSite.ts';

const site = useBuiltSite();
/** One page of every type; each is checked in every locale (untranslated pages show English). */
const PAGE_TYPES = [
	'',
	'lessons/14-16/nudify-apps-harm-law-help/',
	'lessons/8-10/pictures-can-be-changed/student/',
	'lessons/',
	'curriculum/',
	'help/',
	'help/country/gb/',
	'help/country/other/',
	'parents/ages-11-13/',
	'teachers/safeguarding-and-disclosures/',
	'glossary/',
	'translation-status/',
	'young-people/',
];

describe('accessibility (axe-core, WCAG 2.0–2.2 A and AA)', () => {
	const groups = [
		['root', ['/']],
		...kit.locales.map(({ code }) => [code, PAGE_TYPES.map((type) => `/${code}/${type}`)] as const),
	] as const;
	for (const [name, paths] of groups) {
		for (const colorScheme of ['light', 'dark'] as const) {
			it(`every page type in ${name} has no violations in the ${colorScheme} theme`, async () => {
				const context = await site.browser().newContext({ colorScheme });
				const page = await context.newPage();
				const summary: string[] = [];
				for (const path of paths) {
					await page.goto(site.url(path));
					const results = await new AxeBuilder({ page })
						.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
						.analyze();
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
});
