import type { Browser, Request } from 'playwright-core';

/** What the bench searches for, as a reader would. */
export const SEARCH_QUERY = 'deepfake';
/** Issue "A kit in twenty-five languages": Pagefind's bytes for a first search, at any size. */
export const SEARCH_BYTES_TARGET = 150 * 1024;

export interface SearchTransfer {
	/** Bytes received for requests under `/pagefind/` (headers and body as sent), from page load to the first results. */
	bytes: number;
	requests: { path: string; bytes: number }[];
	results: number;
}

/**
 * Opens `url`, searches for `query` with Starlight's search dialog as a reader would, waits for
 * the results and for the requests they start, and adds up what Pagefind fetched.
 */
export async function searchTransfer(browser: Browser, url: string, query: string): Promise<SearchTransfer> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const finished: Promise<{ path: string; bytes: number }>[] = [];
	let inFlight = 0;
	page.on('request', () => inFlight++);
	page.on('requestfailed', () => inFlight--);
	page.on('requestfinished', (request: Request) => {
		inFlight--;
		const { pathname } = new URL(request.url());
		if (!pathname.includes('/pagefind/')) return;
		finished.push(
			request
				.sizes()
				.then((sizes) => ({ path: pathname, bytes: sizes.responseBodySize + sizes.responseHeadersSize })),
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.click('button[data-open-modal]');
	const input = page.locator('#starlight__search input');
	await input.waitFor();
	await input.pressSequentially(query, { delay: 50 });
	await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 30_000 });
	// Results load their excerpts after they appear: wait until nothing has been in flight for a while.
	for (let quiet = 0; quiet < 5;) {
		await page.waitForTimeout(100);
		quiet = inFlight === 0 ? quiet + 1 : 0;
	}
	const results = await page.locator('.pagefind-ui__result').count();
	const requests = await Promise.all(finished);
	await context.close();
	return { bytes: requests.reduce((total, request) => total + request.bytes, 0), requests, results };
}
