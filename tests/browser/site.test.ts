import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/builtSite.ts';

const site = useBuiltSite();
const LESSON = '/lessons/11-13/real-or-fake/';

/** A page of the site at 1280×800 unless told otherwise. */
function open(path: string, options: { width?: number; height?: number; javaScriptEnabled?: boolean } = {}) {
	const { width = 1280, height = 800, javaScriptEnabled } = options;
	return site.open(path, { viewport: { width, height }, javaScriptEnabled });
}

describe('the built site in Chromium', () => {
	it('offers every language at the root, each with its own help link', async () => {
		const { page, close } = await open('/');
		expect(await page.locator('main a.language').count()).toBe(5);
		expect(await page.locator('main a.help[href="/ar/help/"]').textContent()).toContain(
			'احصل على المساعدة الآن',
		);
		await page.getByRole('link', { name: /العربية/ }).click();
		await page.waitForURL(/\/ar\/$/);
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
		await close();
	});

	for (const [locale, dir] of [
		['en', 'ltr'],
		['ar', 'rtl'],
	] as const) {
		it(`loads the ${locale} home and a lesson with lang="${locale}" dir="${dir}"`, async () => {
			for (const path of [`/${locale}/`, `/${locale}${LESSON}`]) {
				const { page, response, close } = await open(path);
				expect(response?.status(), path).toBe(200);
				const html = page.locator('html');
				expect(await html.getAttribute('lang')).toBe(locale);
				expect(await html.getAttribute('dir')).toBe(dir);
				expect(await page.locator('h1').first().textContent()).toBeTruthy();
				await close();
			}
		});
	}

	it('shows the lesson overview, built from the lesson’s metadata', async () => {
		const { page, close } = await open(`/en${LESSON}`);
		const overview = page.locator('.kit-overview');
		await expect.poll(() => overview.getByRole('heading', { name: 'Learning objectives' }).count()).toBe(1);
		expect(await overview.textContent()).toContain('Ages 11–13');
		expect(await page.locator('#sources + ol li').count()).toBeGreaterThan(0);
		await close();
	});

	it('shows an untranslated page in English with Starlight’s notice, in Arabic chrome', async () => {
		const { page, close } = await open(`/ar${LESSON}`);
		expect(await page.getByText('هذا المحتوى غير متوفر بلغتك بعد.').count()).toBe(1);
		expect(await page.locator('[data-kit-help-link]').textContent()).toContain('احصل على المساعدة الآن');
		// The content, its overview labels included, is English and marked so.
		expect(await page.locator('main').getAttribute('lang')).toBe('en');
		expect(await page.locator('.kit-overview h2').textContent()).toBe('Lesson overview');
		await close();
	});

	it('switches locale with the language picker and stays on the same page', async () => {
		const { page, close } = await open(`/en${LESSON}`);
		await page.locator('starlight-lang-select select').first().selectOption({ label: 'Nederlands' });
		await page.waitForURL(new RegExp(`/nl${LESSON}$`));
		expect(await page.locator('html').getAttribute('lang')).toBe('nl');
		await close();
	});

	it('finds a lesson with search, loading Pagefind only when search opens', async () => {
		const { page, close } = await open('/en/');
		const searchFiles: string[] = [];
		page.on('request', (request) => {
			if (/\/(ui-core\.[^/]*\.js|pagefind\/.*)$/.test(request.url())) searchFiles.push(request.url());
		});
		// Its name is all its visible text (WCAG 2.5.3): no "Ctrl K" hint inside (src/html/searchHint.ts).
		expect(await page.locator('button[data-open-modal] kbd').count()).toBe(0);
		expect(await page.locator('button[data-open-modal]').getAttribute('aria-keyshortcuts')).toBeTruthy();
		// Nothing of search loads with the page, even once the browser is idle (src/search/siteSearch.ts).
		await page.waitForLoadState('networkidle');
		await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 300))));
		expect(searchFiles).toEqual([]);
		await page.keyboard.press('Control+k');
		await expect.poll(() => page.locator('dialog[open] .pagefind-ui__search-input').isVisible()).toBe(true);
		// The search box has focus once Pagefind is in, so a reader can type straight away.
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
			.toContain('pagefind-ui__search-input');
		expect(searchFiles.some((url) => /ui-core/.test(url))).toBe(true);
		await page.keyboard.press('Escape');
		await page.getByRole('button', { name: 'Search' }).click();
		await page.locator('dialog[open] .pagefind-ui__search-input').fill('upstander');
		const result = page.locator('dialog[open] .pagefind-ui__result-link').first();
		await result.waitFor({ timeout: 15_000 });
		expect(await result.getAttribute('href')).toMatch(/\/en\/lessons\//);
		await close();
	});

	for (const path of ['/en/', '/ar/', `/en${LESSON}`]) {
		it(`shows "get help now" in the first screen of a 390×844 phone on ${path}`, async () => {
			const { page, close } = await open(path, { width: 390, height: 844 });
			const help = page.locator('[data-kit-help-link]');
			expect(await help.isVisible()).toBe(true);
			const box = (await help.boundingBox())!;
			expect(box.y + box.height).toBeLessThanOrEqual(844);
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(390);
			expect(await help.getAttribute('href')).toBe(`/${path.split('/')[1]}/help/`);
			await close();
		});
	}

	it('asks nothing of any other site and sets no cookies, even when searching', async () => {
		const { page, close } = await site.open('/', { fresh: true });
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		for (const path of ['/', '/en/', `/ar${LESSON}`]) await page.goto(site.url(path));
		await page.getByRole('button', { name: 'ابحث' }).click();
		await page.locator('dialog[open] .pagefind-ui__search-input').fill('deepfake');
		await page.locator('dialog[open] .pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
		const origin = new URL(site.url('/')).origin;
		expect(requests.length).toBeGreaterThan(5);
		expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
		expect(await page.context().cookies()).toEqual([]);
		await close();
	});

	it('leaves the help button out of print', async () => {
		const { page, close } = await open(`/en${LESSON}`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('[data-kit-help-link]').isVisible()).toBe(false);
		await close();
	});

	it('works without JavaScript: the home and help link still render', async () => {
		const { page, close } = await open('/en/', { javaScriptEnabled: false, width: 390, height: 844 });
		expect(await page.locator('[data-kit-help-link]').isVisible()).toBe(true);
		await page.locator('[data-kit-help-link]').click();
		await page.waitForURL(/\/en\/help\/$/);
		expect(await page.locator('h1').textContent()).toBe('Get help and report');
		await close();
	});
});
