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
/**
 * What counts as body text on a slide: not labels, such as the part's title over the slide or a
 * table's column names, nor a law card's note that its words were machine-translated.
 */
const BODY_TEXT =
	':is(p, li, td, th[scope="row"], h1, h2, h3):not(.slide-kicker, .slide-number, .slide-brand, .slide-instruction, .kit-law__machine)';

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
		const problems: string[] = [];
		/**
		 * Measures the decks one after the other in one window; two windows share the work. Each
		 * deck starts at the size the window already has, and takes the sizes in the order that
		 * ends where the next deck starts (largest first, then smallest first): every resize lays
		 * out every slide again, and a resize before leaving a page would be one more for nothing.
		 */
		const measure = async (decks: string[]) => {
			const page = await context.newPage();
			for (const [at, deck] of decks.entries()) {
				await page.goto(site.url(deck), { waitUntil: 'domcontentloaded' });
				for (const size of at % 2 === 0 ? SIZES : SIZES.toReversed()) {
					const now = page.viewportSize();
					if (now?.width !== size.width || now.height !== size.height) await page.setViewportSize(size);
					const found = await page.evaluate(measureSlides, size === SIZES[0] ? BODY_TEXT : '');
					problems.push(...found.map((problem) => `${deck}#${problem} at ${size.width}×${size.height}`));
				}
			}
		};
		const decks = deckPaths();
		await Promise.all([
			measure(decks.filter((_, i) => i % 2 === 0)),
			measure(decks.filter((_, i) => i % 2 === 1)),
		]);
		await context.close();
		expect(problems).toEqual([]);
	}, 300_000);
});

/**
 * Runs in the page: reveals every answer, then names each slide whose content is taller or wider
 * than the slide, or (when `body` is given) has body text smaller than 32px.
 */
function measureSlides(body: string): string[] {
	for (const answer of document.querySelectorAll('details')) answer.open = true;
	return [...document.querySelectorAll<HTMLElement>('[data-slide]')].flatMap((slide) => {
		const content = slide.querySelector<HTMLElement>('.slide__content')!;
		const over = Math.max(
			content.scrollHeight - content.clientHeight,
			content.scrollWidth - content.clientWidth,
		);
		const sizes = body
			? [...slide.querySelectorAll(body)].map((text) => parseFloat(getComputedStyle(text).fontSize))
			: [];
		return [
			...(over > 1 ? [`${slide.id}: ${over}px too tall or wide`] : []),
			...(Math.min(...sizes) < 31.5 ? [`${slide.id}: body text at ${Math.min(...sizes)}px`] : []),
		];
	});
}
