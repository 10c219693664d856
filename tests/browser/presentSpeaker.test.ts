import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packSite } from '../../scripts/lib/pack/packSite.ts';
import { projectRoot } from '../../scripts/lib/projectRoot.ts';
import { loadKitConfig } from '../../src/config/loadKitConfig.ts';
import { DIST, useBuiltSite } from '../support/builtSite.ts';
import { unzipInto } from '../support/packCrawl.ts';

const site = useBuiltSite();
const DECK = '/en/lessons/11-13/real-or-fake/present/';

describe('the speaker view', () => {
	it('opens from the slides with the current and next slide, the part’s notes and timer, and keeps both windows in step', async () => {
		const context = await site.browser().newContext({ viewport: { width: 1280, height: 720 } });
		const deck = await context.newPage();
		await deck.goto(site.url(DECK));
		const [speaker] = await Promise.all([
			context.waitForEvent('page'),
			deck.getByRole('link', { name: 'Speaker view' }).click(),
		]);
		await speaker!.waitForLoadState();
		const label = (id: string) => deck.locator(`#${id}`).getAttribute('aria-label');
		const preview = (which: 'current' | 'next') =>
			speaker!.locator(`[data-speaker-${which}] [data-slide]`).getAttribute('aria-label');
		expect(await preview('current')).toBe(await label('slide-1'));
		expect(await preview('next')).toBe(await label('slide-2'));

		await speaker!.keyboard.press('ArrowRight');
		await expect.poll(() => deck.locator('[data-slide][data-current]').getAttribute('id')).toBe('slide-2');
		await deck.keyboard.press('PageDown');
		await expect.poll(() => speaker!.locator('[data-speaker-counter]').textContent()).toMatch(/^3 \/ \d+$/);
		expect(await preview('current')).toBe(await label('slide-3'));

		// Slide 2 is the warm-up: its teacher notes, its title and its 7 planned minutes.
		await speaker!.keyboard.press('ArrowLeft');
		await expect.poll(() => speaker!.locator('[data-part-title]').textContent()).toBe('Warm-up');
		const notes = speaker!.locator('[data-notes-part]:visible');
		expect(await notes.count()).toBe(1);
		expect(await notes.textContent()).toContain('Write three headings on the board');
		// Times are isolated for right-to-left text (FSI … PDI); read without those marks.
		const time = async (which: string) =>
			(await speaker!.locator(`[data-timer-${which}]`).textContent())?.replace(/[\u2068\u2069]/g, '');
		await expect.poll(() => time('part')).toMatch(/^0:0\d of 7:00$/);
		expect(await time('lesson')).toMatch(/^0:0\d of 50:00$/);

		// From the running order to the quiz; "next" there reveals the answer on the class's screen.
		await speaker!.locator('[data-part-row="quiz-7-minutes"] a').click();
		const question = await deck.locator('.slide--question').first().getAttribute('id');
		await expect.poll(() => deck.locator('[data-slide][data-current]').getAttribute('id')).toBe(question);
		await speaker!.keyboard.press('ArrowRight');
		await expect
			.poll(() => deck.locator(`#${question} details[data-kit-reveal]`).getAttribute('open'))
			.toBe('');
		expect(await deck.locator('[data-slide][data-current]').getAttribute('id')).toBe(question);
		await context.close();
	});

	it('keeps two windows in step when each was opened on its own, with nothing stored', async () => {
		const context = await site.browser().newContext();
		const deck = await context.newPage();
		const speaker = await context.newPage();
		await deck.goto(site.url(`${DECK}#slide-4`));
		await speaker.goto(site.url(`${DECK}speaker/`));
		// The speaker view asks where the slides are when it opens.
		await expect.poll(() => speaker.locator('[data-speaker-counter]').textContent()).toMatch(/^4 \//);
		await speaker.keyboard.press('End');
		await expect.poll(() => deck.locator('[data-slide]:last-child').getAttribute('data-current')).toBe('');
		for (const page of [deck, speaker]) {
			expect(
				await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]),
			).toEqual([0, 0, '']);
		}
		await context.close();
	});

	it('keeps both windows in step from a copy on disk (the offline pack, file://), with the network blocked', async () => {
		mkdirSync(join(projectRoot, '.fixtures'), { recursive: true });
		const work = mkdtempSync(join(projectRoot, '.fixtures', 'slides-offline-'));
		const kit = loadKitConfig(undefined, {});
		const [pack] = packSite({ dist: DIST, kit, out: work, only: ['en'], kolibri: false }).packs;
		unzipInto(pack!.zip, join(work, 'en'));
		try {
			const context = await site.browser().newContext();
			await context.route(/^https?:/, (route) => route.abort());
			const deck = await context.newPage();
			await deck.goto(pathToFileURL(join(work, 'en', `${DECK.slice(1)}index.html`)).href);
			const [speaker] = await Promise.all([
				context.waitForEvent('page'),
				deck.getByRole('link', { name: 'Speaker view' }).click(),
			]);
			await speaker!.waitForLoadState();
			expect(speaker!.url()).toMatch(/^file:.*\/present\/speaker\/index\.html$/);
			await speaker!.keyboard.press('ArrowRight');
			await speaker!.keyboard.press('ArrowRight');
			await expect.poll(() => deck.locator('[data-slide][data-current]').getAttribute('id')).toBe('slide-3');
			await deck.keyboard.press('ArrowRight');
			await expect.poll(() => speaker!.locator('[data-speaker-counter]').textContent()).toMatch(/^4 \//);
			await context.close();
		} finally {
			rmSync(work, { recursive: true, force: true });
		}
	});
});
