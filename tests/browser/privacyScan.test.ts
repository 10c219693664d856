import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/builtSite.ts';
import { siteFiles } from '../../scripts/lib/siteFiles.ts';

/**
 * Nothing in the built site loads from another origin or tracks anyone. Links to other sites
 * (<a href>) are fine: a reader chooses to follow them. Loading is not: scripts, styles, images,
 * fonts, frames and fetches must all come from the site itself.
 */
describe('privacy scan of the built site', () => {
	const all = siteFiles(DIST).map((file) => join(DIST, file));
	const text = (file: string) => readFileSync(file, 'utf8');

	it('loads nothing from another origin in any page', () => {
		// <link rel="canonical|alternate|sitemap"> only name addresses; these rels make the browser fetch.
		const loads =
			/<(script|img|iframe|source|video|audio|embed)\b[^>]*\ssrc="(https?:)?\/\/|<link\b(?=[^>]*\srel="[^"]*\b(stylesheet|preload|modulepreload|prefetch|preconnect|dns-prefetch|icon|manifest)\b)[^>]*\shref="(https?:)?\/\/|<object\b/gi;
		const found = all
			.filter((file) => file.endsWith('.html'))
			.flatMap((file) =>
				[...text(file).matchAll(loads)].map((match) => `${relative(DIST, file)}: ${match[0]}`),
			);
		expect(found).toEqual([]);
	});

	it('has no other origin in any stylesheet or script the site loads', () => {
		const remote =
			/url\(\s*["']?(https?:)?\/\/|@import\s+["']?(https?:)?\/\/|fetch\(\s*["'`](https?:)?\/\/|import\(\s*["'`](https?:)?\/\/|new WebSocket|sendBeacon/gi;
		const found = all
			.filter((file) => /\.(css|js|mjs)$/.test(file))
			.flatMap((file) =>
				[...text(file).matchAll(remote)].map((match) => `${relative(DIST, file)}: ${match[0]}`),
			);
		expect(found).toEqual([]);
	});

	it('sets no cookies and uses no analytics or tracking', () => {
		const trackers =
			/document\.cookie\s*=|google-analytics|googletagmanager|gtag\(|plausible|matomo|hotjar|segment\.com|facebook\.net|connect\.facebook/gi;
		const found = all
			.filter((file) => /\.(html|js|mjs)$/.test(file))
			.flatMap((file) =>
				[...text(file).matchAll(trackers)].map((match) => `${relative(DIST, file)}: ${match[0]}`),
			);
		expect(found).toEqual([]);
	});
});
