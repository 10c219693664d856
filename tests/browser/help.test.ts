import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/builtSite.ts';

const EXIT = 'https://www.bbc.co.uk/weather';
// The neutral site is on the internet; tests answer for it so nothing leaves the machine.
const site = useBuiltSite({
	prepare: (context) =>
		context.route(`${EXIT}**`, (route) =>
			route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }),
		),
});

/** A page of the site on a 390×844 phone unless told otherwise; `fresh` for an empty history. */
function open(path: string, { width = 390, javaScriptEnabled = true, fresh = false } = {}) {
	return site.open(path, { viewport: { width, height: 844 }, javaScriptEnabled, fresh });
}

describe('get help and report', () => {
	it('lets a reader pick their country and call its services from tel: links', async () => {
		const { page, close } = await open('/en/help/');
		const countries = page.locator('.kit-countries a');
		// English readers see the UK, Ireland, the US, Canada and Australia first.
		expect((await countries.allTextContents()).slice(0, 5)).toEqual([
			'United Kingdom',
			'Ireland',
			'United States',
			'Canada',
			'Australia',
		]);
		await page.getByRole('link', { name: 'United Kingdom' }).click();
		await page.waitForURL(/\/en\/help\/country\/gb\/$/);
		expect(await page.locator('h1').textContent()).toBe('Help in United Kingdom');
		expect(await page.locator('.kit-emergency a').getAttribute('href')).toBe('tel:999');
		const childline = page.locator('.kit-service', { hasText: 'Childline' }).first();
		expect(await childline.locator('a.kit-service__tel').getAttribute('href')).toBe('tel:08001111');
		expect(await childline.locator('.kit-service__checked').textContent()).toMatch(
			/Checked on \w+ \d+, \d{4}/,
		);
		await close();
	});

	it('suggests a locale’s own countries first and names countries in its language', async () => {
		const { page, close } = await open('/nl/help/');
		expect((await page.locator('.kit-countries a').allTextContents()).slice(0, 2)).toEqual([
			'Nederland',
			'België',
		]);
		await close();
	});

	it('shows only the international services for a country without data, never another country’s numbers', async () => {
		const { page, close } = await open('/en/help/country/other/');
		expect(await page.locator('main').textContent()).toContain(
			'We do not have checked contact details for your country yet.',
		);
		expect(await page.locator('a[href^="tel:"]').count()).toBe(0);
		const names = await page.locator('.kit-service h3').allTextContents();
		expect(names).toEqual(expect.arrayContaining(['Take It Down', 'StopNCII.org']));
		expect(names).not.toContain('Childline');
		await close();
	});

	it('leaves the site with the button, and Back does not return', async () => {
		const { page, close } = await open('/en/help/', { fresh: true });
		await page.getByRole('link', { name: 'Leave this site' }).click();
		await page.waitForURL(`${EXIT}`);
		await page.goBack();
		expect(page.url()).not.toContain('/en/help/');
		await close();
	});

	it('leaves the site when Shift is pressed three times, and Back does not return', async () => {
		const { page, close } = await open('/en/lessons/14-16/nudify-apps-harm-law-help/', {
			width: 1280,
			fresh: true,
		});
		for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
		await page.waitForURL(`${EXIT}`);
		await page.goBack();
		expect(page.url()).not.toContain('nudify-apps-harm-law-help');
		await close();
	});

	it('is a plain link to the neutral site without JavaScript', async () => {
		const { page, close } = await open('/en/', { javaScriptEnabled: false });
		const exit = page.getByRole('link', { name: 'Leave this site' });
		expect(await exit.getAttribute('href')).toBe(EXIT);
		expect(await exit.getAttribute('rel')).toContain('noreferrer');
		await close();
	});

	for (const path of [
		'/en/',
		'/ar/',
		'/en/lessons/11-13/real-or-fake/',
		'/en/lessons/11-13/real-or-fake/student/',
		'/en/lessons/',
		'/en/curriculum/',
		'/en/parents/ages-8-10/',
		'/en/teachers/safeguarding-and-disclosures/',
		'/en/glossary/',
		'/en/help/country/nl/',
	]) {
		it(`shows "Get help now" and "Leave this site" in the first screen of a phone on ${path}`, async () => {
			const { page, close } = await open(path);
			for (const selector of ['[data-kit-help-link]', '[data-kit-exit]']) {
				const box = await page.locator(selector).boundingBox();
				expect(box, `${selector} on ${path}`).not.toBeNull();
				expect(box!.y + box!.height).toBeLessThanOrEqual(844);
				expect(box!.x + box!.width).toBeLessThanOrEqual(390);
			}
			await close();
		});
	}
});
