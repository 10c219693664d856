import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/builtSite.ts';

const site = useBuiltSite();
const LESSON = '/en/lessons/11-13/real-or-fake/';

async function open(path: string, options: { javaScriptEnabled?: boolean; width?: number } = {}) {
	const context = await site.browser().newContext({
		viewport: { width: options.width ?? 1280, height: 900 },
		javaScriptEnabled: options.javaScriptEnabled ?? true,
	});
	const page = await context.newPage();
	await page.goto(site.url(path));
	return { page, close: () => context.close() };
}

describe('the teacher’s path', () => {
	for (const locale of ['en', 'ar'] as const) {
		it(`reaches a 14–16 lesson from the ${locale} home in three clicks, through the catalogue’s age filter`, async () => {
			const { page, close } = await open(`/${locale}/`);
			await page.locator(`main a[href="/${locale}/lessons/"]`).first().click(); // 1
			await page.waitForURL(new RegExp(`/${locale}/lessons/$`));
			const cards = page.locator('[data-kit-lesson-card]');
			const total = await cards.count();
			await page.locator('[data-kit-catalogue-filters] input[name="band"][value="14-16"]').click(); // 2
			const shown = page.locator('[data-kit-lesson-card]:not([hidden])');
			await expect.poll(() => shown.count()).toBeLessThan(total);
			expect(
				await shown.evaluateAll((found) => found.map((card) => (card as HTMLElement).dataset.band)),
			).toEqual(Array((await shown.count()) as number).fill('14-16'));
			await shown.locator(`h3 a[href="/${locale}/lessons/14-16/nudify-apps-harm-law-help/"]`).click(); // 3
			await page.waitForURL(new RegExp(`/${locale}/lessons/14-16/nudify-apps-harm-law-help/$`));
			expect(await page.locator('.kit-overview').isVisible()).toBe(true);
			await close();
		});
	}

	it('switches from the teacher view to the student view and back, without JavaScript', async () => {
		const { page, close } = await open(LESSON, { javaScriptEnabled: false });
		await page.getByRole('link', { name: 'Student view' }).click();
		await page.waitForURL(/\/real-or-fake\/student\/$/);
		expect(await page.getByRole('link', { name: 'Student view' }).getAttribute('aria-current')).toBe('page');
		await page.getByRole('link', { name: 'Teacher view' }).click();
		await page.waitForURL(/\/real-or-fake\/$/);
		await close();
	});

	it('leaves teacher notes, the plan and the sources out of the student view’s HTML', async () => {
		const teacher = await (await fetch(site.url(LESSON))).text();
		const student = await (await fetch(site.url(`${LESSON}student/`))).text();
		// The teacher view has them…
		expect(teacher).toContain('data-kit-teacher');
		expect(teacher).toContain('Keep this warm-up light and quick.');
		expect(teacher).toContain('class="kit-overview"');
		// …the student view's HTML does not, not even hidden.
		expect(student).not.toContain('data-kit-teacher');
		expect(student).not.toContain('Keep this warm-up light and quick.');
		expect(student).not.toContain('Set the ground rules first');
		expect(student).not.toContain('class="kit-overview"');
		expect(student).not.toContain('class="kit-sources"');
		// The lesson itself and its quiz are there, and search leaves the copy out.
		expect(student).toContain('What the words mean:');
		expect(student).toContain('data-kit-quiz');
		// Stage directions for the teacher are teacher notes too.
		expect(teacher).toContain('Write three headings on the board');
		expect(student).not.toContain('Write three headings on the board');
		expect(student).not.toContain('data-pagefind-body');
	});

	it('narrows the catalogue by age band, topic, length and search, and says how many lessons show', async () => {
		const { page, close } = await open('/en/lessons/');
		const visible = page.locator('[data-kit-lesson-card]:not([hidden])');
		const total = await page.locator('[data-kit-lesson-card]').count();
		expect(await visible.count()).toBe(total);
		await page.locator('input[name="band"][value="11-13"]').check();
		await expect.poll(() => visible.count()).toBeLessThan(total);
		expect(
			await visible.evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.band)),
		).toEqual(expect.arrayContaining(['11-13']));
		expect(await page.locator('[data-kit-catalogue-count]').textContent()).toMatch(
			/^Showing \d+ lessons? of \d+\.$/,
		);
		await page.locator('input[name="band"][value=""]').check();
		await page.locator('select[name="topic"]').selectOption('nudify-apps');
		await expect
			.poll(() =>
				visible.evaluateAll((cards) =>
					cards.every((card) => (card as HTMLElement).dataset.topics!.includes('nudify-apps')),
				),
			)
			.toBe(true);
		await page.locator('select[name="topic"]').selectOption('');
		await page.locator('input[name="q"]').fill('upstander group chat');
		// Search loads Pagefind's index first, so give it time.
		const slow = { timeout: 15_000 };
		await expect.poll(() => page.url(), slow).toContain('q=upstander');
		await expect.poll(() => visible.count(), slow).toBeGreaterThan(0);
		expect(await visible.count()).toBeLessThan(total);
		await page.locator('input[name="q"]').fill('zzzzqqq');
		await expect.poll(() => page.locator('[data-kit-catalogue-none]').isVisible(), slow).toBe(true);
		await close();
	});

	it('shows the whole catalogue, grouped by age band, without JavaScript', async () => {
		const { page, close } = await open('/en/lessons/', { javaScriptEnabled: false });
		expect(await page.locator('[data-kit-catalogue-filters]').isVisible()).toBe(false);
		const headings = await page.locator('[data-kit-band-group] h2').allTextContents();
		expect(headings.length).toBeGreaterThan(1);
		expect(headings).toContain('Ages 11–13');
		expect(await page.locator('[data-kit-lesson-card]').count()).toBe(
			await page.locator('[data-kit-lesson-card]:visible').count(),
		);
		await close();
	});

	for (const [view, path] of [
		['teacher', LESSON],
		['student', `${LESSON}student/`],
	] as const) {
		it(`prints the ${view} view without navigation, search, buttons or theme controls`, async () => {
			const { page, close } = await open(path);
			await page.emulateMedia({ media: 'print' });
			for (const selector of [
				'header.header',
				'nav.sidebar',
				'site-search',
				'starlight-theme-select',
				'starlight-lang-select',
				'mobile-starlight-toc',
				'.right-sidebar-container',
				'[data-kit-help-link]',
				'.kit-views',
				'.kit-quiz__actions',
				'.pagination-links',
			]) {
				const shown = await page
					.locator(selector)
					.evaluateAll(
						(nodes) =>
							nodes.filter(
								(node) =>
									(node as HTMLElement).offsetParent !== null || getComputedStyle(node).display !== 'none',
							).length,
					);
				expect(shown, selector).toBe(0);
			}
			// Links print their address; the answer key prints only in the teacher's copy.
			const after = await page
				.locator('.sl-markdown-content a[data-print-href]')
				.first()
				.evaluate((link) => getComputedStyle(link, '::after').content);
			expect(after).toMatch(/^" \(" attr\(data-print-href\) "\)"$|^" \(https?:\/\/.+\)"$/);
			const answerKey = await page.locator('.kit-quiz__answer').first().isVisible();
			expect(answerKey).toBe(view === 'teacher');
			expect(await page.locator('.kit-write').first().isVisible()).toBe(view === 'student');
			await close();
		});
	}
});
