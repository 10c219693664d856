import { describe, expect, it } from 'vitest';
import kit from '../../kit.config.json' with { type: 'json' };
import { useBuiltSite } from '../support/builtSite.ts';

const site = useBuiltSite();
const PAGES = [
	'/',
	'/en/',
	'/ar/',
	'/en/lessons/14-16/nudify-apps-harm-law-help/',
	'/en/lessons/14-16/nudify-apps-harm-law-help/student/',
	'/en/lessons/14-16/nudify-apps-harm-law-help/present/',
	'/en/lessons/14-16/nudify-apps-harm-law-help/present/speaker/',
	'/en/lessons/',
	'/en/curriculum/',
	'/en/help/',
	'/en/help/country/gb/',
	'/en/parents/ages-8-10/',
	'/en/glossary/',
];

describe('security in the browser', () => {
	it('breaks no Content-Security-Policy rule on any kind of page, with search, the quiz and the catalogue in use', async () => {
		const violations: string[] = [];
		const { page, close } = await site.open(PAGES[0]!, {
			beforeLoad: (page) =>
				page.on('console', (message) => {
					if (/Content Security Policy/i.test(message.text()))
						violations.push(`${page.url()}: ${message.text()}`);
				}),
		});
		for (const path of PAGES) {
			await page.goto(site.url(path));
			expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), path).toBe(1);
			expect(await page.locator('meta[name="referrer"]').getAttribute('content'), path).toBe('no-referrer');
		}
		await page.goto(site.url('/en/lessons/14-16/nudify-apps-harm-law-help/'));
		const question = page.locator('[data-kit-question]').first();
		await question.locator('input').first().check();
		await question.getByRole('button', { name: 'Check answer' }).click();
		await expect.poll(() => question.locator('[data-kit-feedback]').textContent()).toContain('Not quite.');
		await page.getByRole('button', { name: 'Search' }).click();
		await page.locator('dialog[open] .pagefind-ui__search-input').fill('deepfake');
		await page.locator('dialog[open] .pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
		expect(violations).toEqual([]);
		await close();
	});

	it('opens links to other sites without a referrer or an opener', async () => {
		const { page, close } = await site.open('/en/help/');
		const rels = await page
			.locator(`main a[href^="http"]:not([href^="${new URL(kit.site).origin}"])`)
			.evaluateAll((links) =>
				links.map((link) => `${link.getAttribute('href')} ${link.getAttribute('rel')}`),
			);
		expect(rels.length).toBeGreaterThan(0);
		for (const rel of rels) expect(rel).toMatch(/noopener/);
		for (const rel of rels) expect(rel).toMatch(/noreferrer/);
		await close();
	});
});
