import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { HtmlEdit, textOf } from '../../../src/html/htmlEdit.ts';

export interface Transfer {
	url: string;
	kind: 'html' | 'css' | 'js';
	/** Size as served, and gzipped (the way a static host would send it). */
	bytes: number;
	gzip: number;
}

const KINDS: Record<string, Transfer['kind']> = { document: 'html', stylesheet: 'css', script: 'js' };

/**
 * Everything a first visit to `url` loads that is HTML, CSS or JavaScript — the page, its
 * stylesheets (print ones too: browsers fetch them) and every script, including those imported
 * later while the page is idle — each with its gzipped size.
 */
export async function firstLoad(browser: Browser, url: string): Promise<Transfer[]> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const pending: Promise<Transfer | undefined>[] = [];
	page.on('response', (response) => {
		const kind = KINDS[response.request().resourceType()];
		if (!kind) return;
		pending.push(
			response.body().then(
				(body) => ({ url: response.url(), kind, bytes: body.length, gzip: gzipSync(body).length }),
				() => undefined,
			),
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	// Starlight loads the search UI when the browser is idle after loading.
	await page.waitForTimeout(1000);
	await page.waitForLoadState('networkidle');
	const transfers = (await Promise.all(pending)).filter((transfer) => transfer !== undefined);
	await context.close();
	return transfers;
}

export const sum = (transfers: Transfer[], kind?: Transfer['kind']) =>
	transfers.filter((transfer) => !kind || transfer.kind === kind).reduce((total, t) => total + t.gzip, 0);

/** Gzipped size of the inline `<script type="module">` that runs the quizzes (it holds `[data-kit-quiz]`). */
export function quizScriptGzip(html: string): number | undefined {
	const quiz = new HtmlEdit(html).elements
		.filter((element) => element.name === 'script' && element.attributes.type === 'module')
		.map(textOf)
		.find((script) => script.includes('[data-kit-quiz]'));
	return quiz === undefined ? undefined : gzipSync(quiz).length;
}
