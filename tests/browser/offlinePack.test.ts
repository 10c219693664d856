import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillOfflinePages } from '../../scripts/lib/pack/offlinePage.ts';
import { builtSite, packSite, type PackRun } from '../../scripts/lib/pack/packSite.ts';
import { loadKitConfig } from '../../src/config/loadKitConfig.ts';
import { projectRoot } from '../../scripts/lib/projectRoot.ts';
import { DIST, nextTurn, sharedBrowser } from '../support/builtSite.ts';
import { crawlPack, unreachedPages, unzipInto } from '../support/packCrawl.ts';
import { runAxe, WCAG } from '../support/axePages.ts';

/** `npm test` builds dist/ with kit.config.json as it is, so the packs are made from that. */
const kit = loadKitConfig(undefined, {});
/** The published site's address, base path included. */
const SITE = new URL(kit.base, kit.site).href;
const EN = 'no-to-nudify-lesson-kit-en.zip';
const ALL = 'no-to-nudify-lesson-kit-all-languages.zip';
const APP = 'kolibri/en/11-13-real-or-fake.zip';
const LESSON = 'en/lessons/11-13/real-or-fake/index.html';
/** The English pages' quick exit address. */
const EXIT = kit.locales.find((locale) => locale.code === 'en')?.quickExitUrl ?? kit.quickExitUrl;

let work: string;
let run: PackRun;
let again: PackRun;
let browser: Browser;
const folder = (name: string) => join(work, 'unzipped', name);
const zipOf = (pack: PackRun, file: string) => pack.packs.find((p) => p.spec.file === file)!.zip;

beforeAll(async () => {
	if (!existsSync(join(DIST, 'index.html')))
		throw new Error('No built site in dist/: run `npm run build` first.');
	mkdirSync(join(projectRoot, '.fixtures'), { recursive: true });
	work = mkdtempSync(join(projectRoot, '.fixtures', 'offline-'));
	// Packed twice from the same built site, as `npm run pack -- --reuse-dist` would.
	run = packSite({ dist: DIST, kit, out: join(work, 'first'), only: ['en', 'all'] });
	again = packSite({ dist: DIST, kit, out: join(work, 'second'), only: ['en'], kolibri: false });
	for (const [name, file] of [
		['en', EN],
		['all', ALL],
		['app', APP],
	] as const) {
		unzipInto(readFileSync(join(work, 'first', file)), folder(name));
	}
	browser = await sharedBrowser();
});

afterAll(async () => {
	await shared?.context.close();
	if (work) rmSync(work, { recursive: true, force: true });
});

/** The window most tests take turns in (`nextTurn`). */
let shared: { context: BrowserContext; page: Page; outside: string[] } | undefined;

/** A browser profile with the network blocked: every request that is not for a file is aborted and recorded. */
async function offlineContext() {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const outside: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith('file:')) return route.continue();
		outside.push(url);
		return route.abort('internetdisconnected');
	});
	return { context, outside };
}

/**
 * A page of an unzipped pack in Chromium, over file://, with the network blocked: requests that
 * are not for a file are recorded in `outside`, and so are script errors and console errors (a
 * Content-Security-Policy violation is one) in `errors`. `fresh` gives a window of its own (for
 * a test that exposes functions to the page); the others take turns in one, emptied first.
 */
async function openFromDisk(pack: string, path: string, { fresh = false } = {}) {
	let opened: { context: BrowserContext; page: Page; outside: string[] };
	if (fresh) {
		const { context, outside } = await offlineContext();
		opened = { context, outside, page: await context.newPage() };
	} else {
		if (!shared) {
			const { context, outside } = await offlineContext();
			shared = { context, outside, page: await context.newPage() };
		}
		opened = shared;
		await nextTurn(opened.page);
		opened.outside.length = 0;
	}
	const { context, page, outside } = opened;
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
	});
	const at = (p: string) => pathToFileURL(join(folder(pack), p)).href;
	await page.goto(at(path));
	return { page, at, outside, errors, close: async () => (fresh ? context.close() : undefined) };
}

const search = async (page: Page, query: string) => {
	await page.getByRole('button', { name: 'Search' }).click();
	await page.getByRole('searchbox').fill(query);
	await page.locator('.pagefind-ui__result').first().waitFor();
};

describe('offline packs', () => {
	it('come out byte for byte the same when made twice from the same built site', () => {
		expect(Buffer.from(zipOf(again, EN)).equals(Buffer.from(zipOf(run, EN)))).toBe(true);
		expect(run.packs.every((pack) => pack.problems.length === 0)).toBe(true);
	});

	it('have index.html and README.txt at the top, and every link and file inside the pack', () => {
		for (const name of ['en', 'all']) {
			const crawl = crawlPack(folder(name), SITE);
			expect(crawl.broken, name).toEqual([]);
			expect(crawl.toSite, name).toEqual([]);
			expect(unreachedPages(folder(name), crawl), name).toEqual([]);
			expect(readFileSync(join(folder(name), 'README.txt'), 'utf8')).toContain('index.html');
		}
	});

	it('hold one language or every one; a one-language pack offers only its own', () => {
		expect(existsSync(join(folder('en'), 'nl'))).toBe(false);
		expect(existsSync(join(folder('all'), 'nl/index.html'))).toBe(true);
		const start = readFileSync(join(folder('en'), 'index.html'), 'utf8');
		expect(start).toContain('English');
		expect(start).not.toContain('Nederlands');
		expect(readFileSync(join(folder('en'), LESSON), 'utf8')).not.toContain('<starlight-lang-select');
	});

	it('weigh at most 8 MB per language, zipped', () => {
		expect(zipOf(run, EN).byteLength).toBeLessThanOrEqual(8 * 1024 * 1024);
	});
});

describe('a pack opened from disk with the network blocked', () => {
	it('leads from the start page through search to a lesson, with no request outside the pack and no errors', async () => {
		const { page, outside, errors, close } = await openFromDisk('all', 'index.html');
		await page.getByRole('link', { name: /^English/ }).click();
		await search(page, 'real or fake');
		const message = await page.locator('.pagefind-ui__message').textContent();
		expect(message).toMatch(/^\d+ results? for “real or fake”$/);
		await page.locator('.pagefind-ui__result-link', { hasText: 'Real, changed or made up?' }).first().click();
		await page.waitForURL(/real-or-fake\/index\.html/);
		expect(await page.locator('h1').textContent()).toContain('Real, changed or made up?');
		expect(outside).toEqual([]);
		expect(errors).toEqual([]);
		await close();
	});

	it('filters search results by age band', async () => {
		const { page, errors, close } = await openFromDisk('en', 'en/index.html');
		await search(page, 'deepfake');
		await page.locator('summary', { hasText: 'Age band' }).click();
		await page.getByLabel(/^Ages 14–16/).check();
		await expect
			.poll(() => page.locator('.pagefind-ui__result-title > a').allTextContents())
			.toEqual(expect.arrayContaining(['Nudify apps: the harm, the law and how to help']));
		const links = await page
			.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title a')
			.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
		expect(links.every((href) => href.includes('/lessons/14-16/'))).toBe(true);
		expect(errors).toEqual([]);
		await close();
	});

	it('has an accessible search, with results and filters open (axe, WCAG 2.2 A and AA)', async () => {
		const { page, close } = await openFromDisk('en', LESSON);
		await search(page, 'consent');
		await page.locator('summary', { hasText: 'Topic' }).click();
		const results = await runAxe(page, { include: ['site-search dialog'], tags: WCAG });
		expect(results.passes.length).toBeGreaterThan(10);
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
		await close();
	});

	it('gives feedback in a quiz, and the lesson catalogue’s search box works', async () => {
		const { page, at, outside, errors, close } = await openFromDisk('en', LESSON);
		const question = page.locator('[data-kit-question]').first();
		await question.locator('input').first().check();
		await question.getByRole('button', { name: 'Check answer' }).click();
		await expect
			.poll(() => question.locator('[data-kit-feedback]').textContent())
			.toMatch(/Correct!|Not quite\./);
		await page.goto(`${at('en/lessons/index.html')}?q=sextortion`);
		await expect
			.poll(() => page.locator('[data-kit-catalogue-count]').textContent())
			.toMatch(/^Showing \d+ lessons? of/);
		const shown = await page.locator('[data-kit-lesson-card]:not([hidden]) h3').allTextContents();
		expect(shown.join(' ')).toContain('Sextortion');
		expect(outside).toEqual([]);
		expect(errors).toEqual([]);
		await close();
	});

	it('switches language with the language menu, in the pack with every language', async () => {
		const { page, errors, close } = await openFromDisk('all', 'en/help/index.html');
		await page.locator('starlight-lang-select select').first().selectOption({ label: 'Nederlands' });
		await page.waitForURL(/\/nl\/help\/index\.html$/);
		expect(errors).toEqual([]);
		await close();
	});

	it('shows every kind of page without script errors or requests outside the pack', async () => {
		const pages = [
			'en/lessons/11-13/real-or-fake/student/index.html',
			'en/help/country/gb/index.html',
			'en/glossary/index.html',
			'en/curriculum/index.html',
			'en/law/gb/index.html',
			'en/offline/index.html',
			'ar/index.html',
			'ar/translation-status/index.html',
		];
		const { page, at, outside, errors, close } = await openFromDisk('all', pages[0]!);
		for (const path of pages.slice(1)) await page.goto(at(path));
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
		expect(outside).toEqual([]);
		expect(errors).toEqual([]);
		await close();
	});

	it('opens a country’s law page from a law card, as the pack cannot load statements from disk', async () => {
		const { page, outside, close } = await openFromDisk(
			'en',
			'en/lessons/14-16/nudify-apps-harm-law-help/index.html',
		);
		await page.locator('[data-kit-law-pick="us"]').first().click();
		await page.waitForURL(/\/en\/law\/us\/index\.html$/);
		expect(await page.locator('h1').textContent()).toMatch(/United States/);
		expect(outside).toEqual([]);
		await close();
	});

	it('hides the page at once with the quick exit, while the exit address is still loading', async () => {
		const { page, outside, close } = await openFromDisk('en', LESSON, { fresh: true });
		// Hold the exit address, as a slow or absent network would, and watch the page meanwhile.
		let held: Route | undefined;
		await page.route(EXIT, (route) => {
			outside.push(route.request().url());
			held = route;
		});
		const shown: string[] = [];
		await page.exposeFunction('kitTestShown', (display: string) => shown.push(display));
		await page.evaluate(() => {
			const report = () => (window as unknown as { kitTestShown: (d: string) => void }).kitTestShown;
			new MutationObserver(() => report()(getComputedStyle(document.body).display)).observe(document.body, {
				attributes: true,
			});
		});
		await page.keyboard.press('Shift');
		await page.keyboard.press('Shift');
		await page.keyboard.press('Shift');
		await expect.poll(() => held).toBeDefined();
		expect(shown).toEqual(['none']);
		await held!.abort('internetdisconnected');
		// Offline, the exit address cannot load: the browser shows its own error page instead.
		await expect.poll(() => page.url()).not.toMatch(/^file:/);
		expect(new Set(outside)).toEqual(new Set([EXIT]));
		await close();
	});
});

describe('a Kolibri app', () => {
	it('is one lesson’s student view as index.html, with relative links, working from disk', async () => {
		const crawl = crawlPack(folder('app'), SITE);
		expect(crawl.broken).toEqual([]);
		expect(crawl.toSite).toEqual([]);
		const { page, outside, errors, close } = await openFromDisk('app', 'index.html');
		expect(await page.locator('h1').textContent()).toContain('Real, changed or made up?');
		expect(await page.locator('site-search, nav.sidebar, [data-kit-teacher]').count()).toBe(0);
		const question = page.locator('[data-kit-question]').first();
		await question.locator('input').first().check();
		await question.getByRole('button', { name: 'Check answer' }).click();
		await expect.poll(() => question.locator('[data-kit-feedback]').textContent()).not.toBe('');
		expect(outside).toEqual([]);
		expect(errors).toEqual([]);
		await close();
	});
});

describe('the “Use it offline” page', () => {
	it('says how to make the packs while there are none, then lists each with its size and date', () => {
		const site = join(work, 'site');
		cpSync(join(DIST, 'en/offline/index.html'), join(site, 'en/offline/index.html'));
		if (!existsSync(join(DIST, 'downloads'))) {
			expect(readFileSync(join(site, 'en/offline/index.html'), 'utf8')).toContain('npm run pack');
		}
		const packs = run.packs.map(({ spec, zip, title }) => ({
			file: spec.file,
			kind: spec.kind,
			locales: spec.locales,
			bytes: zip.byteLength,
			...(title ? { title } : {}),
		}));
		expect(fillOfflinePages(builtSite(site, kit), kit, { made: '2026-11-29', packs })).toBe(1);
		const page = readFileSync(join(site, 'en/offline/index.html'), 'utf8');
		expect(page).toContain(`href="/downloads/${EN}"`);
		expect(page).toContain(`href="/downloads/${ALL}"`);
		expect(page).toContain(`href="/downloads/${APP}"`);
		const date = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
			Date.UTC(2026, 10, 29),
		);
		expect(page).toMatch(new RegExp(`English</a> \\(zip file, [\\d.]+ MB, made on ${date}\\)`));
		expect(page).not.toContain('npm run pack');
	});
});
