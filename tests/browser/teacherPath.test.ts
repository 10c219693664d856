import { describe, expect, it } from 'vitest';
import { lessonReach } from '../../scripts/lib/lessonReach.ts';
import { siteFiles } from '../../scripts/lib/siteFiles.ts';
import { DIST, useBuiltSite } from '../support/builtSite.ts';

const site = useBuiltSite();
const LESSON = '/en/lessons/11-13/real-or-fake/';

/** A page of the site in a 1280×900 window unless told otherwise. */
function open(path: string, { javaScriptEnabled = true, width = 1280 } = {}) {
	return site.open(path, { viewport: { width, height: 900 }, javaScriptEnabled });
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

	it('reaches every lesson of a locale in two clicks from any kind of page, through a sidebar that lists age bands, not lessons', () => {
		const files = siteFiles(DIST);
		for (const start of [
			'en/',
			'en/glossary/',
			'en/lessons/17-19/',
			`${LESSON.slice(1)}`,
			'nl/teachers/',
			'ar/help/',
		]) {
			const reach = lessonReach(DIST, start, '/', files);
			expect(reach.unreachable, start).toEqual([]);
			expect(reach.sidebarLessonLinks, start).toBe(0);
		}
		// The sidebar is the same size on every page of a locale, whatever the catalogue holds.
		expect(lessonReach(DIST, 'en/glossary/', '/', files).sidebarLinks).toBe(
			lessonReach(DIST, LESSON.slice(1), '/', files).sidebarLinks,
		);
	});

	it('marks a lesson’s age band in the sidebar, and leads to the band’s next lesson', async () => {
		const { page, close } = await open(LESSON);
		const band = page.locator('.sidebar-content a[aria-current]');
		expect(await band.getAttribute('href')).toBe('/en/lessons/11-13/');
		expect(await band.getAttribute('aria-current')).toBe('true');
		const next = page.locator('.pagination-links a[rel="next"]');
		const [first, second] = await page.evaluate(async () => {
			const html = await (await fetch('/en/lessons/11-13/')).text();
			const doc = new DOMParser().parseFromString(html, 'text/html');
			return [...doc.querySelectorAll('.kit-card h2 a')].slice(0, 2).map((a) => a.getAttribute('href'));
		});
		expect(first).toBe(LESSON);
		expect(await next.getAttribute('href')).toBe(second);
		await page.locator('.pagination-links a[rel="prev"]').click();
		await page.waitForURL(/\/en\/lessons\/11-13\/$/);
		expect(await page.locator('.sidebar-content a[aria-current="page"]').getAttribute('href')).toBe(
			'/en/lessons/11-13/',
		);
		await close();
	});

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
