import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { DIST, useBuiltSite } from '../support/builtSite.ts';
import { siteFiles } from '../../scripts/lib/siteFiles.ts';

/**
 * Words that are English and never Dutch. Two or more of them in one piece of text is English
 * left on a Dutch page; one alone may be part of a name ("No to Nudify").
 */
const ENGLISH = new Set(
	"the and with you your this that what which when where who whose are for from have has can will would should could about there their they them these those been not but our how why does don’t don't it’s isn’t can’t won’t yes please here page lesson lessons teacher teachers students pupils".split(
		' ',
	),
);

/** Left out: other languages, code, quoted titles of sources, and scripts. */
function skip(node: Element): boolean {
	const lang = node.properties.lang;
	if (typeof lang === 'string' && !lang.startsWith('nl')) return true;
	if (['script', 'style', 'code', 'pre', 'cite', 'template', 'svg'].includes(node.tagName)) return true;
	const classes = (node.properties.className as string[] | undefined) ?? [];
	return classes.includes('kit-law__meta') || classes.includes('kit-sources__publisher');
}

function texts(node: Root | Element, out: string[] = []): string[] {
	for (const child of node.children as RootContent[]) {
		if (child.type === 'text') out.push(child.value);
		else if (child.type === 'element' && !skip(child)) texts(child, out);
	}
	return out;
}

describe('the Dutch edition', () => {
	const pages = siteFiles(DIST).filter((file) => file.startsWith('nl/') && file.endsWith('.html'));

	it('has every page under /nl/ built', () => {
		expect(pages.length).toBeGreaterThanOrEqual(60);
	});

	it('has no English left on any /nl/ page, in content or interface, apart from names and quoted titles', () => {
		const english: string[] = [];
		for (const page of pages) {
			const root = fromHtml(readFileSync(join(DIST, page), 'utf8'));
			const html = root.children.find(
				(child): child is Element => child.type === 'element' && child.tagName === 'html',
			);
			expect(html?.properties.lang, page).toBe('nl');
			for (const text of texts(root)) {
				const words = text.toLowerCase().match(/[\p{L}’']+/gu) ?? [];
				const found = words.filter((word) => ENGLISH.has(word));
				if (found.length >= 2) english.push(`${page}: [${found.join(' ')}] "${text.trim().slice(0, 120)}"`);
			}
		}
		expect(english).toEqual([]);
	});
});

describe('search in Dutch', () => {
	const site = useBuiltSite();

	it('finds Dutch lessons for Dutch words a teacher or pupil would type, with the band and topic filters', async () => {
		const context = await site.browser().newContext();
		const page = await context.newPage();
		await page.goto(site.url('/nl/'));
		// A string, so that Vitest leaves the dynamic import for the browser to run.
		const found: Record<string, string[]> = await page.evaluate(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			const urls = async (query, filters) =>
				Promise.all((await pagefind.search(query, filters ? { filters } : {})).results.slice(0, 10).map(async (r) => (await r.data()).url));
			return {
				afpersing: await urls('afpersing'),
				nepfoto: await urls('nepfoto'),
				nepfotoBand: await urls('nepfoto', { band: '8-10' }),
				sextortionTopic: await urls('melden', { topic: 'sextortion' }),
			};
		})()`);
		await context.close();
		expect(found.afpersing!.length).toBeGreaterThan(0);
		for (const urls of Object.values(found)) for (const url of urls) expect(url).toMatch(/^\/nl\//);
		expect(found.afpersing).toContain('/nl/lessons/14-16/sextortion-how-it-works-what-to-do/');
		expect(found.nepfoto!.some((url) => url.startsWith('/nl/lessons/'))).toBe(true);
		expect(found.nepfotoBand!.length).toBeGreaterThan(0);
		expect(found.nepfotoBand!.every((url) => url.startsWith('/nl/lessons/8-10/'))).toBe(true);
		expect(found.sextortionTopic!.length).toBeGreaterThan(0);
		expect(found.sextortionTopic).toContain('/nl/lessons/14-16/sextortion-how-it-works-what-to-do/');
	});
});

describe('the search dialog', () => {
	const site = useBuiltSite();

	// Pagefind's interface as npm ships it never picks its own words for the page's language
	// (src/search/searchWords.ts): the kit gives it its UI strings.
	for (const [locale, open, message, clear] of [
		['nl', 'Zoeken', /^\d+ resultaten voor ‘deepfake’$/, 'Wissen'],
		['ar', 'ابحث', /^\d+ نتيجة لـ «deepfake»$/, 'مسح'],
	] as const) {
		it(`speaks the page's language on /${locale}/ and shows no filters named by their ids`, async () => {
			const { page, close } = await site.open(`/${locale}/`);
			await page.getByRole('button', { name: open }).click();
			const dialog = page.locator('dialog[open]');
			await dialog.locator('.pagefind-ui__search-input').fill('deepfake');
			await dialog.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
			await expect.poll(() => dialog.locator('.pagefind-ui__message').textContent()).toMatch(message);
			expect(await dialog.locator('.pagefind-ui__search-clear').textContent()).toBe(clear);
			// Pagefind names its filters by the catalogue's ids (band, topic…), in English.
			expect(await dialog.locator('.pagefind-ui__filter-panel').count()).toBe(1);
			expect(await dialog.locator('.pagefind-ui__filter-panel').isVisible()).toBe(false);
			// An English page shown until it is translated reads left to right in its results.
			const bidi = await dialog
				.locator('.pagefind-ui__result-excerpt')
				.first()
				.evaluate((excerpt) => getComputedStyle(excerpt).unicodeBidi);
			expect(bidi).toBe('plaintext');
			await close();
		});
	}

	it('words the number of results as Arabic does for three to ten, in a search box laid out right to left', async () => {
		const { page, close } = await site.open('/ar/');
		await page.getByRole('button', { name: 'ابحث' }).click();
		const dialog = page.locator('dialog[open]');
		await dialog.locator('.pagefind-ui__search-input').fill('exit');
		await dialog.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
		const message = dialog.locator('.pagefind-ui__message');
		await expect.poll(() => message.textContent()).toMatch(/«exit»$/);
		const text = (await message.textContent())!;
		const count = Number(/^(\d+)/.exec(text)?.[1]);
		// Pagefind words every count above one alike ("35 نتيجة"); three to ten take "نتائج".
		expect(
			count,
			`"exit" should find 3 to 10 pages under /ar/ for this test; pick a word that does`,
		).toBeGreaterThanOrEqual(3);
		expect(count).toBeLessThanOrEqual(10);
		expect(text).toBe(`${count} نتائج لـ «exit»`);
		// The box reads right to left too: its magnifier inside it at the start (right), its clear
		// button at the end (left), neither over the dialog's cancel button.
		const box = await dialog.locator('.pagefind-ui__form').evaluate((form) => {
			const input = form.querySelector('input')!.getBoundingClientRect();
			const icon = getComputedStyle(form, '::before');
			const iconRight = form.getBoundingClientRect().right - parseFloat(icon.right);
			const clear = form.querySelector('.pagefind-ui__search-clear')!.getBoundingClientRect();
			const middle = input.left + input.width / 2;
			return {
				iconAtStart: iconRight <= input.right && iconRight - parseFloat(icon.width) > middle,
				clearAtEnd: clear.left >= input.left && clear.right < middle,
			};
		});
		expect(box).toEqual({ iconAtStart: true, clearAtEnd: true });
		await close();
	});
});
