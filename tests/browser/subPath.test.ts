import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteFiles } from '../../scripts/lib/siteFiles.ts';
import { scaleFixture } from '../../scripts/lib/bench/scaleFixture.ts';
import { kitBuild } from '../../scripts/lib/projectCopy.ts';
import { serveStatic } from '../../scripts/lib/staticServer.ts';
import type { FixtureBuild } from '../support/buildFixture.ts';
import { nextTurn, sharedBrowser } from '../support/builtSite.ts';

/**
 * The kit built for `/kit/` and served from there, as a fork on a sub-path (GitHub Pages, a school
 * server) serves it: every link, asset, search and quiz must work under the base path. The copy
 * built is the benchmark's (`npm run bench`, not part of `npm test`), with one generated lesson in
 * each locale, in two of the locales: the source and a translation, which is all the base path
 * has to do with, at two fifths of the build. (tests/unit/benchScaleSizes.test.ts checks the
 * generated lessons of every locale without a build.)
 */
const LOCALES = ['en', 'nl'];
describe('the kit served from a sub-path', () => {
	let build: FixtureBuild;
	let server: Awaited<ReturnType<typeof serveStatic>>;
	let browser: Browser;
	/** Every response with an error status, as "status url": a broken asset or link shows here. */
	const failures: string[] = [];

	beforeAll(async () => {
		const copy = scaleFixture(1, { locales: LOCALES });
		build = {
			...kitBuild(copy.root, { BASE_PATH: '/kit/', SITE_URL: 'https://lessons.example.org' }),
			...copy,
		};
		if (build.status !== 0) throw new Error(`The /kit/ build failed:\n${build.output}`);
		server = await serveStatic(join(build.root, 'dist'), '/kit/', { cacheAssets: true });
		browser = await sharedBrowser();
	});
	afterAll(async () => {
		await window?.context().close();
		await server?.close();
		build?.remove();
	});

	/** One window, which the tests take turns in; every response it gets is checked. */
	let window: Page | undefined;
	async function open(path: string): Promise<{ page: Page; close: () => Promise<void> }> {
		if (!window) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			context.on('response', (response) => {
				if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
			});
			window = await context.newPage();
		}
		const page = await nextTurn(window);
		const response = await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
		expect(response?.status(), path).toBe(200);
		return { page, close: async () => {} };
	}

	it('builds the benchmark’s generated lessons', () => {
		for (const code of LOCALES) {
			const page = join(build.root, `dist/${code}/lessons/11-13/generated-0001/index.html`);
			expect(readFileSync(page, 'utf8'), code).toContain('Generated lesson 0001');
		}
	});

	it('prefixes every link with BASE_PATH, keeps readers in their locale, and uses SITE_URL', () => {
		const dist = join(build.root, 'dist');
		// The build checked every page's links as a host serves them under /kit/ (it fails on a
		// broken one: tests/unit/siteLinks.test.ts), so it passing says every link reaches its page.
		const pages = siteFiles(dist).filter((file) => file.endsWith('.html')).length;
		expect(build.output).toContain(`safe external links and a link check on ${pages} pages`);
		const dutchHome = readFileSync(join(dist, 'nl/index.html'), 'utf8');
		expect(dutchHome).toContain('href="/kit/nl/help/"');
		expect(dutchHome).toContain('href="/kit/nl/teachers/"');
		expect(dutchHome).not.toMatch(/href="\/(en|nl)\//);
		expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('href="/kit/nl/"');
		expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain(
			'https://lessons.example.org/kit/en/',
		);
	});

	it('follows a link written in Markdown to its page, in English and in a Dutch translation', async () => {
		for (const [locale, name, title] of [
			['en', 'Get help and report', 'Get help and report'],
			['nl', 'Hulp krijgen en melden', 'Hulp krijgen en melden'],
		] as const) {
			const { page, close } = await open(`/${locale}/young-people/`);
			await page.locator('.sl-markdown-content').getByRole('link', { name }).click();
			await page.waitForURL(new RegExp(`/kit/${locale}/help/$`));
			expect(await page.locator('h1').textContent()).toBe(title);
			await close();
		}
	});

	it('finds a lesson with search and opens it', async () => {
		const { page, close } = await open('/en/');
		await page.getByRole('button', { name: 'Search' }).click();
		await page.locator('dialog[open] .pagefind-ui__search-input').fill('upstander');
		const result = page.locator('dialog[open] .pagefind-ui__result-link').first();
		await result.waitFor({ timeout: 15_000 });
		expect(await result.getAttribute('href')).toMatch(/^\/kit\/en\/lessons\//);
		await result.click();
		await page.waitForURL(/\/kit\/en\/lessons\/.+/);
		expect(await page.locator('.kit-overview').count()).toBe(1);
		await close();
	});

	it('gives feedback in a quiz', async () => {
		const { page, close } = await open('/en/lessons/14-16/nudify-apps-harm-law-help/');
		const first = page.locator('[data-kit-question]').first();
		await first.getByLabel('The people who made the image and the people who shared it.').check();
		await first.getByRole('button', { name: 'Check answer' }).click();
		await expect.poll(() => first.locator('[data-kit-feedback]').textContent()).toContain('Correct!');
		await close();
	});

	it('loads another country’s law into a law card from under the base path', async () => {
		const { page, close } = await open('/en/lessons/14-16/nudify-apps-harm-law-help/');
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.locator('[data-kit-law-pick="us"]').first().click();
		await page.locator('[data-kit-law] [data-kit-law-pack="us"]').first().waitFor();
		expect(requests).toContain('/kit/en/law/us/statements.json');
		expect(new URL(page.url()).pathname).toBe('/kit/en/lessons/14-16/nudify-apps-harm-law-help/');
		await close();
	});

	it('loaded every page, style, script, image and search file it asked for', () => {
		expect(failures).toEqual([]);
	});
});
