import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { projectRoot } from '../../scripts/lib/projectRoot.ts';
import { serveStatic } from '../../scripts/lib/staticServer.ts';

export const DIST = join(projectRoot, 'dist');

export interface OpenOptions {
	/** The window's size: 1280×900 unless given. */
	viewport?: { width: number; height: number };
	javaScriptEnabled?: boolean;
	/**
	 * A new window in a browser profile of its own, closed by `close()`: for a test that needs an
	 * empty history (Back), exposes functions or scripts to the page, or opens a second window.
	 */
	fresh?: boolean;
	/** Runs before the page loads, e.g. to listen to its requests. */
	beforeLoad?: (page: Page) => void;
}

export interface OpenPage {
	page: Page;
	/** The response to the first page load. */
	response: Response | null;
	close: () => Promise<void>;
}

const DEFAULT_VIEWPORT = { width: 1280, height: 900 };

let chromium: Promise<Browser> | undefined;

/**
 * One Chromium for every test file a Vitest worker runs (test files share workers:
 * vitest.config.ts), started again if a test left it closed. Each file closes the windows it
 * opened; Playwright stops the browser when the worker exits.
 */
export async function sharedBrowser(): Promise<Browser> {
	if (!chromium || !(await chromium).isConnected()) chromium = launchBrowser();
	return chromium;
}

/**
 * Readies a window for the next test that takes a turn in it (a new window costs Chromium half a
 * second of work, a page load a fifth of that): no listeners, routes, cookies or emulated media
 * left from the test before, and, when the window is on `storageOf` (a site whose scripts run),
 * none of that site's storage.
 */
export async function nextTurn(page: Page, { storageOf }: { storageOf?: string } = {}): Promise<Page> {
	page.removeAllListeners();
	await page.unrouteAll({ behavior: 'ignoreErrors' });
	await page.context().clearCookies();
	await page.emulateMedia({ media: null, colorScheme: null });
	if (storageOf && page.url().startsWith(storageOf)) {
		await page.evaluate(() => {
			localStorage.clear();
			sessionStorage.clear();
		});
	}
	return page;
}

/**
 * Serves the built site (`dist/`, made by `npm test` before the tests run) to the tests in one
 * file, with Chromium (`sharedBrowser`). Returns getters, filled in before the first test runs, and `open`.
 * `prepare` runs on every browser profile the file's tests get (e.g. to answer for a site on
 * the internet, so nothing leaves the machine).
 */
export function useBuiltSite({ prepare }: { prepare?: (context: BrowserContext) => Promise<unknown> } = {}) {
	let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
	let browser: Browser | undefined;
	/** One window per JavaScript setting, used by one test after the other. */
	const windows = new Map<boolean, { context: BrowserContext; page: Page }>();
	beforeAll(async () => {
		if (!existsSync(resolve(DIST, 'index.html'))) {
			throw new Error('No built site in dist/: run `npm run build` first (`npm test` does this for you).');
		}
		server = await serveStatic(DIST, '/', { cacheAssets: true });
		browser = await sharedBrowser();
	});
	afterAll(async () => {
		for (const { context } of windows.values()) await context.close();
		windows.clear();
		await server?.close();
	});
	const url = (path: string) => new URL(path.replace(/^\//, ''), server!.url).href;
	const newContext = async (javaScriptEnabled: boolean, viewport: OpenOptions['viewport']) => {
		const context = await browser!.newContext({ javaScriptEnabled, viewport });
		await prepare?.(context);
		return context;
	};

	/**
	 * Opens `path` in a window. Tests take turns in one window per JavaScript setting, made as good
	 * as new first (`nextTurn`) and given the size asked for.
	 */
	async function open(
		path: string,
		{ viewport = DEFAULT_VIEWPORT, javaScriptEnabled = true, fresh = false, beforeLoad }: OpenOptions = {},
	): Promise<OpenPage> {
		if (fresh) {
			const context = await newContext(javaScriptEnabled, viewport);
			const page = await context.newPage();
			beforeLoad?.(page);
			return { page, response: await page.goto(url(path)), close: () => context.close() };
		}
		let window = windows.get(javaScriptEnabled);
		if (!window) {
			const context = await newContext(javaScriptEnabled, viewport);
			window = { context, page: await context.newPage() };
			windows.set(javaScriptEnabled, window);
		}
		const page = await nextTurn(window.page, { storageOf: javaScriptEnabled ? server!.url : undefined });
		await page.setViewportSize(viewport);
		beforeLoad?.(page);
		return { page, response: await page.goto(url(path)), close: async () => {} };
	}

	return { url, browser: () => browser!, open };
}
