import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/builtSite.ts';

const DECK = '/en/lessons/11-13/real-or-fake/present/';
const EXIT = 'https://www.bbc.co.uk/weather';
// The neutral site of the quick exit is on the internet; the test answers for it.
const site = useBuiltSite({
	prepare: (context) =>
		context.route(`${EXIT}**`, (route) =>
			route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }),
		),
});

/** A page of the site in a 1280×720 window unless told otherwise. */
function open(path: string, { width = 1280, height = 720, javaScriptEnabled = true } = {}) {
	return site.open(path, { viewport: { width, height }, javaScriptEnabled });
}

const current = (page: Page) => page.locator('[data-slide][data-current]').getAttribute('id');
const counter = (page: Page) => page.locator('[data-deck-counter]').textContent();

describe('presenting a lesson in class', () => {
	it('moves with the keys clickers send, counts slides, names the slide in the address and shows one at a time', async () => {
		const { page, close } = await open(DECK);
		const total = await page.locator('[data-slide]').count();
		expect(await counter(page)).toBe(`1 / ${total}`);
		const steps: [string, string][] = [
			['ArrowRight', 'slide-2'],
			['Space', 'slide-3'],
			['Shift+Space', 'slide-2'],
			['PageDown', 'slide-3'],
			['PageUp', 'slide-2'],
			['ArrowDown', 'slide-3'],
			['ArrowUp', 'slide-2'],
			['ArrowLeft', 'slide-1'],
			['End', `slide-${total}`],
			['Home', 'slide-1'],
		];
		for (const [key, slide] of steps) {
			await page.keyboard.press(key);
			expect(await current(page), key).toBe(slide);
		}
		await page.keyboard.press('ArrowRight');
		expect(await counter(page)).toBe(`2 / ${total}`);
		expect(new URL(page.url()).hash).toBe('#slide-2');
		const visible = await page
			.locator('[data-slide]')
			.evaluateAll(
				(slides) => slides.filter((slide) => getComputedStyle(slide).visibility === 'visible').length,
			);
		expect(visible).toBe(1);
		await page.reload();
		expect(await current(page), 'after a reload').toBe('slide-2');
		await close();
	});

	it('reveals a question’s answer on “next” before moving on, and announces slides and answers', async () => {
		const { page, close } = await open(DECK);
		const question = await page.locator('.slide--question').first().getAttribute('id');
		await page.goto(site.url(`${DECK}#${question}`));
		const slide = page.locator(`#${question}`);
		const feedback = slide.locator('li[data-correct="true"] .slide-feedback');
		expect(await feedback.isVisible()).toBe(false);
		await page.keyboard.press('PageDown');
		expect(await current(page)).toBe(question);
		expect(await feedback.isVisible()).toBe(true);
		expect(await feedback.textContent()).toContain('✓ Right answer');
		await expect.poll(() => page.locator('[data-deck-status]').textContent()).toBe('The answer is shown.');
		await page.keyboard.press('PageDown');
		const next = page.locator('[data-slide][data-current]');
		expect(await next.getAttribute('id')).not.toBe(question);
		expect(await page.locator('[data-deck-status]').textContent()).toBe(
			await next.getAttribute('aria-label'),
		);
		await close();
	});

	it('goes on and back with the bar’s buttons and with a swipe on a touch screen', async () => {
		const { page, close } = await open(DECK);
		await page.getByRole('button', { name: 'Next slide' }).click();
		expect(await current(page)).toBe('slide-2');
		await page.getByRole('button', { name: 'Previous slide' }).click();
		expect(await current(page)).toBe('slide-1');
		const swipe = (from: number, to: number) =>
			page.locator('[data-deck]').evaluate(
				(deck, [from, to]) => {
					const at = (type: string, x: number) =>
						deck.dispatchEvent(
							new PointerEvent(type, { bubbles: true, clientX: x, clientY: 300, pointerType: 'touch' }),
						);
					at('pointerdown', from!);
					at('pointerup', to!);
				},
				[from, to],
			);
		await swipe(900, 300);
		expect(await current(page), 'swiping left').toBe('slide-2');
		await swipe(300, 900);
		expect(await current(page), 'swiping right').toBe('slide-1');
		await close();
	});

	it('swaps left and right in a right-to-left language', async () => {
		const { page, close } = await open(DECK.replace('/en/', '/ar/'));
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
		await page.keyboard.press('ArrowLeft');
		expect(await current(page)).toBe('slide-2');
		await page.keyboard.press('ArrowRight');
		expect(await current(page)).toBe('slide-1');
		await close();
	});

	it('goes full screen with F, and still leaves the site when Shift is pressed three times', async () => {
		const { page, close } = await open(DECK);
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName)).toBe('HTML');
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBe(null);
		for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
		await page.waitForURL(EXIT);
		await close();
	});

	it('without JavaScript, stands the slides one below the other, each a screen high, one Page Down apart', async () => {
		const { page, close } = await open(DECK, { javaScriptEnabled: false });
		const heights = await page
			.locator('[data-slide]')
			.evaluateAll((slides) => slides.map((slide) => Math.round(slide.getBoundingClientRect().height)));
		expect(new Set(heights)).toEqual(new Set([720]));
		await page.keyboard.press('PageDown');
		await expect
			.poll(() => page.locator('#slide-2').evaluate((slide) => slide.getBoundingClientRect().top))
			.toBe(0);
		expect(await page.getByRole('button', { name: 'Next slide' }).count()).toBe(0);
		expect(await page.getByRole('link', { name: 'Leave this site' }).getAttribute('href')).toBe(EXIT);
		await close();
	});

	it('ends with help for the reader’s country: the language’s first, or the one chosen in the address', async () => {
		const shown = async (path: string) => {
			const { page, close } = await open(path);
			await page.keyboard.press('End');
			const help = page.locator('[data-slide][data-current] [data-help-country]:visible');
			const found = [await help.getAttribute('data-help-country'), await help.textContent()];
			await close();
			return found;
		};
		expect(await shown(DECK)).toEqual(['gb', expect.stringContaining('Childline 0800\u00a01111')]);
		expect(await shown(DECK.replace('/en/', '/nl/'))).toEqual([
			'nl',
			expect.stringContaining('De Kindertelefoon'),
		]);
		expect(await shown(DECK.replace('/en/', '/ar/'))).toEqual([
			'international',
			expect.stringContaining('Take It Down'),
		]);
		expect(await shown(`${DECK}?country=us`)).toEqual(['us', expect.stringContaining('911')]);
	});

	for (const locale of ['en', 'ar']) {
		it(`prints one slide per landscape page (${locale})`, async () => {
			const { page, close } = await open(DECK.replace('/en/', `/${locale}/`));
			const slides = await page.locator('[data-slide]').count();
			const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
			// Each page of the PDF is one "/Type /Page" object ("/Type /Pages" is their list).
			expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(slides);
			const [, , , width, height] = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/
				.exec(pdf)!
				.map(Number);
			expect(width).toBeGreaterThan(height!);
			await close();
		});
	}
});
