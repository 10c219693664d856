import { describe, expect, it } from 'vitest';
import kit from '../../kit.config.json' with { type: 'json' };
import { useBuiltSite } from '../support/builtSite.ts';
import { deckPaths } from '../support/decks.ts';

const site = useBuiltSite();
const SIZES = [
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 },
	{ width: 1024, height: 768 },
];
/** What counts as body text on a slide: not labels such as the part's title over the slide or a table's column names. */
const BODY_TEXT =
	':is(p, li, td, th[scope="row"], h1, h2, h3):not(.slide-kicker, .slide-number, .slide-brand, .slide-instruction)';

/**
 * Every slide of every deck, measured in one evaluate per screen size: one page load per deck,
 * resized to each size. Answers are revealed first, so a question fits with its feedback shown.
 */
describe('the slides of every lesson in every locale', () => {
	it('has a deck for every lesson in every locale', () => {
		const decks = deckPaths();
		const english = decks.filter((path) => path.startsWith('/en/'));
		expect(english.length).toBeGreaterThanOrEqual(16);
		expect(decks).toHaveLength(english.length * kit.locales.length);
	});

	it('never overflows a slide at 1920×1080, 1280×720 or 1024×768, answers revealed, and sets body text at 32px or more on 1920×1080', async () => {
		const context = await site.browser().newContext({ viewport: SIZES[0] });
		const page = await context.newPage();
		const overflows: string[] = [];
		const fill: number[] = [];
		const small: string[] = [];
		for (const deck of deckPaths()) {
			await page.setViewportSize(SIZES[0]!);
			await page.goto(site.url(deck), { waitUntil: 'domcontentloaded' });
			for (const size of SIZES) {
				await page.setViewportSize(size);
				const slides = await page.evaluate(
					(body: string | undefined) => {
						for (const answer of document.querySelectorAll('details')) answer.open = true;
						return [...document.querySelectorAll<HTMLElement>('[data-slide]')].map((slide) => {
							const sizes = body
								? [...slide.querySelectorAll(body)].map((text) => parseFloat(getComputedStyle(text).fontSize))
								: [];
							const content = slide.querySelector<HTMLElement>('.slide__content')!;
							const last = content.lastElementChild?.getBoundingClientRect().bottom ?? 0;
							return {
								id: slide.id,
								over: Math.max(
									content.scrollHeight - content.clientHeight,
									content.scrollWidth - content.clientWidth,
								),
								fill: (last - content.getBoundingClientRect().top) / content.clientHeight,
								smallest: Math.min(...sizes),
							};
						});
					},
					size === SIZES[0] ? BODY_TEXT : undefined,
				);
				for (const slide of slides) {
					if (slide.over > 1)
						overflows.push(
							`${deck}#${slide.id} at ${size.width}×${size.height}: ${slide.over}px too tall or wide`,
						);
				}
				if (size !== SIZES[0]) continue;
				fill.push(...slides.map((slide) => slide.fill));
				for (const slide of slides) {
					if (slide.smallest < 31.5) small.push(`${deck}#${slide.id}: ${slide.smallest}px`);
				}
			}
		}
		await context.close();
		if (process.env.PRESENT_DEBUG) {
			const sorted = fill.sort((a, b) => a - b);
			const at = (q: number) => sorted[Math.floor(q * (sorted.length - 1))]!.toFixed(2);
			console.log(
				`slides: ${sorted.length}; fill at 1920×1080: min ${at(0)}, median ${at(0.5)}, p90 ${at(0.9)}, max ${at(1)}`,
			);
		}
		expect(overflows).toEqual([]);
		expect(small, 'body text under 32px at 1920×1080').toEqual([]);
	}, 300_000);
});
