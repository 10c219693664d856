import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { siteFiles } from './siteFiles.ts';

/** Every HTML file of a built site, as its path inside the site (`en/help/`). */
function pagePaths(dist: string): string[] {
	return siteFiles(dist)
		.filter((file) => file.endsWith('.html'))
		.map((file) => file.replace(/index\.html$/, ''));
}

/**
 * Checks every `<a href>` of a built site served under `base`, like a static host would serve it:
 * each same-site link must reach a file inside the site, and each `#anchor` an element id there.
 * Returns the broken ones as "page → href (why)" and the number of pages read.
 */
export function brokenLinks(dist: string, base = '/'): { broken: string[]; pages: number } {
	const origin = 'http://site.test';
	const fileFor = (pathname: string): string | undefined => {
		if (!pathname.startsWith(base)) return undefined;
		const path = join(dist, decodeURIComponent(pathname.slice(base.length)));
		const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
		return existsSync(file) ? file : undefined;
	};
	const ids = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		if (!ids.has(file)) {
			const html = readFileSync(file, 'utf8');
			ids.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!)));
		}
		return ids.get(file)!;
	};

	const broken: string[] = [];
	const pages = pagePaths(dist);
	for (const page of pages) {
		const html = readFileSync(join(dist, page.endsWith('.html') ? page : join(page, 'index.html')), 'utf8');
		const pageUrl = `${origin}${base}${page}`;
		for (const [, href] of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
			const url = new URL(href!.replaceAll('&amp;', '&'), pageUrl);
			if (url.origin !== origin) continue;
			const target = fileFor(url.pathname);
			if (!target) broken.push(`${base}${page} → ${href} (no such page)`);
			else if (
				url.hash &&
				target.endsWith('.html') &&
				!idsOf(target).has(decodeURIComponent(url.hash.slice(1)))
			) {
				broken.push(`${base}${page} → ${href} (no such anchor)`);
			}
		}
	}
	return { broken, pages: pages.length };
}
