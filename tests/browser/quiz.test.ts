import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/builtSite.ts';

const site = useBuiltSite();
const LESSON = '/en/lessons/14-16/nudify-apps-harm-law-help/';

/** A page of the site in a 1000×900 window. */
async function open(path: string, { javaScriptEnabled = true } = {}) {
	const opened = await site.open(path, { viewport: { width: 1000, height: 900 }, javaScriptEnabled });
	return { ...opened, context: opened.page.context() };
}

/** The n-th question's form (1-based). */
const question = (page: Page, n: number) => page.locator('[data-kit-question]').nth(n - 1);
const feedback = (page: Page, n: number) => question(page, n).locator('[data-kit-feedback]');

/** Chooses the right options of a question, as the answer key in the page says. */
async function answerRightly(page: Page, n: number) {
	const form = question(page, n);
	const right = await form
		.locator('[data-kit-answer] [data-correct="true"]')
		.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.option!));
	for (const value of right) await form.locator(`input[value="${value}"]`).check();
	await form.getByRole('button', { name: 'Check answer' }).click();
	// Feedback appears a moment later and moves the questions below: wait for it before going on.
	await expect.poll(() => form.locator('[data-kit-feedback]').textContent()).toContain('Correct!');
}

describe('a quiz in a lesson', () => {
	it('gives different feedback for a wrong and a right answer, explaining why, and lets you retry', async () => {
		const { page, close } = await open(LESSON);
		const first = question(page, 1);
		await first.getByLabel('The classmate, because they posted photos of themselves online.').check();
		await first.getByRole('button', { name: 'Check answer' }).click();
		await expect.poll(() => feedback(page, 1).textContent()).toContain('Not quite.');
		expect(await feedback(page, 1).textContent()).toContain('Blaming the person shown is victim-blaming.');
		expect(await first.getAttribute('data-state')).toBe('incorrect');

		await first.getByLabel('The people who made the image and the people who shared it.').check();
		// Changing the answer clears the old feedback, so nothing stale is left on screen.
		expect(await feedback(page, 1).textContent()).toBe('');
		await first.getByRole('button', { name: 'Check answer' }).click();
		await expect.poll(() => feedback(page, 1).textContent()).toContain('Correct!');
		expect(await feedback(page, 1).textContent()).toContain(
			'Responsibility lies with whoever makes or shares the image',
		);
		expect(await feedback(page, 1).textContent()).not.toContain('victim-blaming');
		expect(await feedback(page, 1).getAttribute('aria-live')).toBe('polite');
		await close();
	});

	it('explains each chosen option of a select-all question, says when right answers are missing, and shows the explanation when right', async () => {
		const { page, close } = await open(LESSON);
		const third = question(page, 3);
		await third.getByLabel('Don’t share it or react to it.').check();
		await third.getByRole('button', { name: 'Check answer' }).click();
		await expect
			.poll(() => feedback(page, 3).textContent())
			.toContain('Some right answers are not selected yet.');
		expect(await feedback(page, 3).textContent()).toContain(
			'Not sharing and not reacting stops it spreading',
		);
		await third.getByLabel('Check on the person and tell a trusted adult.').check();
		await third.getByRole('button', { name: 'Check answer' }).click();
		await expect.poll(() => feedback(page, 3).textContent()).toContain('Correct!');
		expect(await feedback(page, 3).textContent()).toContain('Making a copy, even “as proof”, is not.');
		await close();
	});

	it('asks for an answer before checking', async () => {
		const { page, close } = await open(LESSON);
		await question(page, 2).getByRole('button', { name: 'Check answer' }).click();
		await expect.poll(() => feedback(page, 2).textContent()).toBe('Choose an answer first.');
		await close();
	});

	it('works with the keyboard alone, with a visible focus ring', async () => {
		const { page, close } = await open(LESSON);
		await page.locator('#lesson-overview').scrollIntoViewIfNeeded();
		// Tab from the last link before the quiz into the first question.
		await page.locator('[data-kit-quiz]').evaluate((quiz) => {
			const before = document.createElement('a');
			before.href = '#start';
			before.id = 'kit-test-start';
			before.textContent = 'start';
			quiz.before(before);
		});
		await page.focus('#kit-test-start');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('kit-quiz-1-1');
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(outline).not.toBe('none');
		await page.keyboard.press('ArrowDown'); // radio groups move and select with arrow keys
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement!.textContent)).toBe('Check answer');
		await page.keyboard.press('Enter');
		await expect.poll(() => feedback(page, 1).textContent()).toContain('Correct!');
		// Checkboxes: Space ticks, Tab moves on.
		const box = question(page, 3).locator('input').nth(2);
		await box.focus();
		await page.keyboard.press('Space');
		expect(await box.isChecked()).toBe(true);
		await close();
	});

	it('shows the score when every question is checked, and "Try again" starts over', async () => {
		const { page, close } = await open(LESSON);
		const count = await page.locator('[data-kit-question]').count();
		expect(count).toBe(6);
		const summary = page.locator('[data-kit-summary]');
		await question(page, 1).getByLabel('Nobody, because the image is fake.').check();
		await question(page, 1).getByRole('button', { name: 'Check answer' }).click();
		for (let n = 2; n <= count; n++) await answerRightly(page, n);
		await expect.poll(() => summary.isVisible()).toBe(true);
		expect(await summary.locator('[data-kit-score]').textContent()).toBe(
			'You got 5 questions right out of 6.',
		);
		await answerRightly(page, 1);
		await expect
			.poll(() => summary.locator('[data-kit-score]').textContent())
			.toBe('You got 6 questions right out of 6.');

		await summary.getByRole('button', { name: 'Try again' }).click();
		expect(await summary.isVisible()).toBe(false);
		expect(await page.locator('[data-kit-question] input:checked').count(), 'checked inputs').toBe(0);
		expect(await page.locator('[data-kit-feedback]:not(:empty)').count(), 'feedback left').toBe(0);
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('kit-quiz-1-1');
		await close();
	});

	it('works as a self-check without JavaScript: the answer and the feedback can be revealed', async () => {
		const { page, close } = await open(LESSON, { javaScriptEnabled: false });
		const first = question(page, 1);
		expect(await first.getByRole('button', { name: 'Check answer' }).isVisible()).toBe(false);
		const key = first.locator('[data-kit-answer]');
		expect(await key.locator('[data-correct="true"]').isVisible()).toBe(false);
		await key.locator('summary').click();
		expect(await key.locator('[data-correct="true"]').isVisible()).toBe(true);
		expect(await key.locator('[data-correct="true"]').textContent()).toContain(
			'✓ Right answer: The people who made the image and the people who shared it.',
		);
		expect(await key.textContent()).toContain('Blaming the person shown is victim-blaming.');
		await close();
	});

	it('keeps answers in the page: no requests, no cookies, nothing stored', async () => {
		const { page, context, close } = await open(LESSON);
		// Starlight keeps the reader's theme choice in localStorage, and the sidebar's state in
		// sessionStorage when a page is left; the quiz must add nothing to either.
		const stored = () =>
			page.evaluate(() => ({
				local: JSON.stringify({ ...localStorage }),
				session: JSON.stringify({ ...sessionStorage }),
			}));
		const storageBefore = await stored();
		// Count every attempt to store something, even one that is removed again.
		await page.evaluate(() => {
			const w = window as unknown as { storageWrites: number };
			w.storageWrites = 0;
			const setItem = Storage.prototype.setItem;
			Storage.prototype.setItem = function (...args) {
				w.storageWrites++;
				return setItem.apply(this, args);
			};
		});
		// What loading the page asks for (the browser fetches the site's icon after the page has loaded)
		// is done before the quiz is used; from then on, allow the site's own static files, fetched
		// with GET, and nothing else.
		await page.waitForLoadState('networkidle');
		const requests: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			const ownAsset =
				url.origin === new URL(page.url()).origin && /^\/(_astro|pagefind)\//.test(url.pathname);
			if (!ownAsset || request.method() !== 'GET' || url.search)
				requests.push(`${request.method()} ${request.url()}`);
		});
		for (let n = 1; n <= 6; n++) await answerRightly(page, n);
		await page.locator('[data-kit-summary]').getByRole('button', { name: 'Try again' }).click();
		expect(requests, 'requests while using the quiz').toEqual([]);
		expect(await context.cookies()).toEqual([]);
		expect(await stored()).toEqual(storageBefore);
		expect(await page.evaluate(() => (window as unknown as { storageWrites: number }).storageWrites)).toBe(0);
		await close();
	});

	it('loads its script only on pages with a quiz', async () => {
		for (const [path, expected] of [
			[LESSON, true],
			['/en/help/', false],
		] as const) {
			const { page, close } = await open(path);
			const hasScript = await page.evaluate(() =>
				[...document.scripts].some((script) => script.textContent?.includes('[data-kit-quiz]')),
			);
			expect(hasScript, path).toBe(expected);
			await close();
		}
	});

	it('keeps answers and feedback out of search results', async () => {
		const { page, close } = await open(LESSON);
		// A string, so that Vitest leaves the dynamic import for the browser to run.
		const excerpts: { url: string; content: string }[] = await page.evaluate(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			const found = [];
			for (const query of ['victim-blaming', 'responsible harm']) {
				const search = await pagefind.search(query);
				for (const result of search.results) found.push(await result.data());
			}
			return found.map((data) => ({ url: data.url, content: data.content }));
		})()`);
		// The lesson is found, but no answer or feedback is in what search shows of it.
		expect(excerpts.some((result) => result.url === LESSON)).toBe(true);
		for (const result of excerpts) {
			expect(result.content).not.toContain('Blaming the person shown is victim-blaming.');
			expect(result.content).not.toContain('Right answer');
		}
		await close();
	});
});
