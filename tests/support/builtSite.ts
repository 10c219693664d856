import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { projectRoot } from '../../scripts/lib/projectRoot.ts';
import { serveStatic } from '../../scripts/lib/staticServer.ts';

export const DIST = join(projectRoot, 'dist');

/**
 * Serves the built site (`dist/`, made by `npm test` before the tests run) and starts Chromium
 * for the tests in one file. Returns getters, filled in before the first test runs.
 */
export function useBuiltSite() {
	let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		if (!existsSync(resolve(DIST, 'index.html'))) {
			throw new Error('No built site in dist/: run `npm run build` first (`npm test` does this for you).');
		}
		server = await serveStatic(DIST);
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	return {
		url: (path: string) => new URL(path.replace(/^\//, ''), server!.url).href,
		browser: () => browser!,
	};
}
