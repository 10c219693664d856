import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/projectRoot.ts';
import { DIST, useBuiltSite } from '../support/builtSite.ts';

const site = useBuiltSite();
const LESSON = 'lessons/14-16/nudify-apps-harm-law-help/';
const words = (pack: string, locale: string) =>
	JSON.parse(readFileSync(join(projectRoot, 'countries', pack, `${locale}.json`), 'utf8')) as {
		help: Record<string, { summary: string }>;
		law: Record<string, string>;
	};
/** The start of a statement, as the page shows it (the full text wraps and may be quoted). */
const start = (text: string) => text.slice(0, 40);

/** Every statement of a pack, as the page shows its start. */
const statements = (pack: string, locale: string) => Object.values(words(pack, locale).law).map(start);

/** A page in Chromium, with every request it makes recorded (`requests`). */
async function open(path: string, { javaScriptEnabled = true } = {}) {
	const requests: string[] = [];
	const { page, close } = await site.open(path, {
		viewport: { width: 1000, height: 900 },
		javaScriptEnabled,
		beforeLoad: (page) => page.on('request', (request) => requests.push(request.url())),
	});
	const visiblePacks = () =>
		page
			.locator('[data-kit-law] [data-kit-law-pack]:visible')
			.evaluateAll((packs) => packs.map((pack) => (pack as HTMLElement).dataset.kitLawPack));
	/** The pack whose title has the focus. */
	const focusedPack = () =>
		page.evaluate(
			() =>
				document.activeElement?.matches('.kit-law__title') &&
				document.activeElement.closest<HTMLElement>('[data-kit-law-pack]')?.dataset.kitLawPack,
		);
	return { page, context: page.context(), requests, visiblePacks, focusedPack, close };
}

describe('country packs: help and law in the reader’s language and country', () => {
	it('shows Dutch readers Dutch help texts, with the Kindertelefoon’s number', async () => {
		const { page, close } = await open('/nl/help/country/nl/');
		const service = page.locator('.kit-service', { hasText: 'De Kindertelefoon' });
		expect(await service.locator('p').first().textContent()).toBe(
			words('nl', 'nl').help.kindertelefoon!.summary,
		);
		expect(await service.locator('p').first().getAttribute('lang')).toBeNull();
		expect(await service.locator('a.kit-service__tel').getAttribute('href')).toBe('tel:08000432');
		expect(await service.locator('.kit-service__checked').textContent()).toContain('opgeslagen kopie');
		await close();
	});

	it('shows the Netherlands’ law, with the EU’s, on a Dutch lesson’s law card, and no other country’s', async () => {
		const { page, visiblePacks, close } = await open(`/nl/${LESSON}`);
		expect((await visiblePacks()).sort()).toEqual(['eu', 'nl']);
		const card = page.locator('[data-kit-law]').first();
		expect(await card.innerText()).toContain(start(words('nl', 'nl').law['child-images']!));
		expect(await card.innerText()).not.toContain(
			start(words('gb', 'nl').law[Object.keys(words('gb', 'nl').law)[0]!]!),
		);
		await close();
	});

	it('carries only the reader’s default law in a lesson’s HTML, never every country’s', () => {
		const english = readFileSync(join(DIST, 'en', LESSON, 'index.html'), 'utf8');
		expect(english).toContain('data-kit-law-pack="gb"');
		expect(english).not.toContain('data-kit-law-pack="us"');
		expect(statements('us', 'en').filter((text) => english.includes(text))).toEqual([]);
		const dutch = readFileSync(join(DIST, 'nl', LESSON, 'index.html'), 'utf8');
		expect(dutch.match(/data-kit-law-pack="[a-z]+"/g)).toEqual([
			'data-kit-law-pack="nl"',
			'data-kit-law-pack="eu"',
		]);
		expect(statements('gb', 'nl').filter((text) => dutch.includes(text))).toEqual([]);
	});

	it('lets an English reader pick the US: US law loaded from the site, focused, in the printout, carried in the address only', async () => {
		const { page, context, requests, visiblePacks, focusedPack, close } = await open(`/en/${LESSON}`);
		expect(await visiblePacks()).toEqual(['gb']);
		// Starlight's own: the theme choice (localStorage), the sidebar's state (sessionStorage).
		const stored = () =>
			page.evaluate(() => ({
				local: JSON.stringify({ ...localStorage }),
				session: JSON.stringify({ ...sessionStorage }),
			}));
		const storage = await stored();
		await page.locator('[data-kit-law-pick="us"]').first().click();
		await expect.poll(visiblePacks).toEqual(['us']);
		expect(await focusedPack()).toBe('us');
		expect(new URL(page.url()).searchParams.get('country')).toBe('us');
		expect(requests).toContain(site.url('/en/law/us/statements.json'));
		await page.emulateMedia({ media: 'print' });
		const printed = await page.locator('[data-kit-law]').first().innerText();
		expect(statements('us', 'en').some((text) => printed.includes(text))).toBe(true);
		expect(printed).not.toContain('England and Wales');
		// The choice leaves no trace on the device, and nothing leaves the site.
		expect(await context.cookies()).toEqual([]);
		expect(await stored()).toEqual(storage);
		expect(requests.filter((url) => new URL(url).origin !== new URL(site.url('/')).origin)).toEqual([]);
		// Opening the address again shows the same country; the site's links keep it.
		await page.goto(page.url());
		await expect.poll(visiblePacks).toEqual(['us']);
		expect(await page.locator('a[href*="/en/help/"]').first().getAttribute('href')).toContain('country=us');
		await close();
	});

	it('shows France and then the EU for ?country=fr, and a member state picked on a page that has the EU already', async () => {
		const english = await open(`/en/${LESSON}?country=fr`);
		await expect.poll(english.visiblePacks).toEqual(['fr', 'eu']);
		const card = await english.page.locator('[data-kit-law]').first().innerText();
		expect(statements('fr', 'en').some((text) => card.includes(text))).toBe(true);
		expect(statements('eu', 'en').some((text) => card.includes(text))).toBe(true);
		await english.close();
		const french = await open(`/fr/${LESSON}`);
		expect(await french.visiblePacks()).toEqual(['fr', 'eu']);
		await french.page.locator('[data-kit-law-pick="be"]').first().click();
		await expect.poll(french.visiblePacks).toEqual(['be', 'eu']);
		expect(await french.focusedPack()).toBe('be');
		await french.close();
	});

	it('follows the link to the country’s law page when its statements cannot be loaded', async () => {
		const { page, close } = await open(`/en/${LESSON}`);
		await page.route('**/statements.json', (route) => route.abort('internetdisconnected'));
		await page.locator('[data-kit-law-pick="us"]').first().click();
		await page.waitForURL(/\/en\/law\/us\/$/);
		expect(await page.locator('h1').textContent()).toMatch(/United States/);
		await close();
	});

	it('shows readers whose locale has no country pack international law, never another country’s', async () => {
		const { visiblePacks, close } = await open(`/ar/${LESSON}`);
		expect(await visiblePacks()).toEqual(['international']);
		await close();
	});

	it('shows the default country’s law without JavaScript, with links to every country’s law card', async () => {
		const { page, visiblePacks, close } = await open(`/fr/${LESSON}`, { javaScriptEnabled: false });
		expect((await visiblePacks()).sort()).toEqual(['eu', 'fr']);
		await page.locator('[data-kit-law-pick="ca"]').first().click();
		await page.waitForURL(/\/fr\/law\/ca\/$/);
		expect(await page.locator('h1').textContent()).toMatch(/Canada/);
		expect(await page.locator('main').innerText()).toContain(start(Object.values(words('ca', 'fr').law)[0]!));
		await close();
	});

	it('sends each locale’s readers to an everyday site of their own, from the config', async () => {
		const kit = JSON.parse(readFileSync(join(projectRoot, 'kit.config.json'), 'utf8')) as {
			quickExitUrl: string;
			locales: { code: string; quickExitUrl?: string }[];
		};
		for (const { code, quickExitUrl } of kit.locales) {
			const { page, close } = await open(`/${code}/`, { javaScriptEnabled: false });
			expect(await page.locator('[data-kit-exit]').getAttribute('href'), code).toBe(
				quickExitUrl ?? kit.quickExitUrl,
			);
			await close();
		}
		expect(kit.locales.find(({ code }) => code === 'nl')?.quickExitUrl).not.toBe(kit.quickExitUrl);
	});
});
