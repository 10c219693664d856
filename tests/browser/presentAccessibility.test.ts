import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/builtSite.ts';
import { describeViolations, runAxe, WCAG, withAxe } from '../support/axePages.ts';

const site = useBuiltSite({ prepare: withAxe });
const DECK = 'lessons/11-13/checking-pictures-like-a-detective/present/';

/** WCAG 2.0–2.2 A and AA violations on the page, as "path rule: help (where)". */
async function violations(page: Page, path: string) {
	return describeViolations(path, await runAxe(page, { tags: WCAG }));
}

describe('accessibility of the slides and the speaker view (axe-core)', () => {
	for (const [locale, colorScheme] of [
		['en', 'light'],
		['en', 'dark'],
		['ar', 'light'],
	] as const) {
		it(`has no violations on any slide, answers shown, or in the speaker view (${locale}, ${colorScheme})`, async () => {
			const deck = `/${locale}/${DECK}`;
			const { page, close } = await site.open(deck, { viewport: { width: 1280, height: 720 } });
			// The slides follow the system's colours (prefers-color-scheme).
			if (colorScheme === 'dark') {
				await page.emulateMedia({ colorScheme });
				expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
			}
			// Every slide at once, as without JavaScript, with every answer revealed.
			await page.evaluate(() => {
				document.documentElement.classList.remove('deck-js');
				for (const answer of document.querySelectorAll('details')) answer.open = true;
			});
			const found = await violations(page, deck);
			await page.goto(site.url(`${deck}speaker/`));
			await page.keyboard.press('ArrowRight');
			found.push(...(await violations(page, `${deck}speaker/`)));
			await close();
			expect(found).toEqual([]);
		});
	}

	it('makes each slide a labelled group described as a slide, in the reader’s language', async () => {
		const { page, close } = await site.open(`/en/${DECK}`);
		for (const [locale, slide] of [
			['en', 'slide'],
			['ar', 'شريحة'],
		]) {
			await page.goto(site.url(`/${locale}/${DECK}`));
			const slides = page.locator('[data-slide]');
			const total = await slides.count();
			for (let n = 0; n < total; n++) {
				const element = slides.nth(n);
				expect(await element.getAttribute('role')).toBe('group');
				expect(await element.getAttribute('aria-roledescription')).toBe(slide);
				expect(await element.getAttribute('aria-label')).toContain(String(total));
			}
			expect(await page.locator('[data-deck-status]').getAttribute('aria-live')).toBe('polite');
		}
		await close();
	});
});
