import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/builtSite.ts';

const site = useBuiltSite();
const PAGES = [
	'/',
	'/en/',
	'/ar/',
	'/en/lessons/14-16/nudify-apps-harm-law-help/',
	'/ar/lessons/11-13/real-or-fake/',
	'/nl/help/',
	'/nl/translation-status/',
	'/nl/young-people/',
	'/en/lessons/',
	'/en/curriculum/',
	'/en/lessons/8-10/pictures-can-be-changed/',
	'/en/lessons/17-19/deepfake-intimate-images-law-for-adults/',
	'/ar/lessons/',
	'/en/lessons/11-13/real-or-fake/student/',
	'/ar/lessons/14-16/nudify-apps-harm-law-help/student/',
];

describe('accessibility (axe-core, WCAG 2.0–2.2 A and AA)', () => {
	for (const path of PAGES) {
		for (const colorScheme of ['light', 'dark'] as const) {
			it(`${path} has no violations in the ${colorScheme} theme`, async () => {
				const context = await site.browser().newContext({ colorScheme });
				const page = await context.newPage();
				await page.goto(site.url(path));
				const results = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
					.analyze();
				await context.close();
				const summary = results.violations.map(
					(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
				);
				expect(summary).toEqual([]);
			});
		}
	}
});
