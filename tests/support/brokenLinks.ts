import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlEdit } from '../../src/html/htmlEdit.ts';
import { siteFiles } from '../../scripts/lib/siteFiles.ts';

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
	/** Each page's links and element ids, from one parse of it. */
	const parsed = new Map<string, { hrefs: string[]; ids: Set<string> }>();
	const read = (file: string) => {
		if (!parsed.has(file)) {
			const { elements } = new HtmlEdit(readFileSync(file, 'utf8'));
			parsed.set(file, {
				hrefs: elements.flatMap((element) =>
					element.name === 'a' && element.attributes.href !== undefined ? [element.attributes.href] : [],
				),
				ids: new Set(elements.flatMap((element) => element.attributes.id ?? [])),
			});
		}
		return parsed.get(file)!;
	};

	const broken: string[] = [];
	const pages = pagePaths(dist);
	for (const page of pages) {
		const { hrefs } = read(join(dist, page.endsWith('.html') ? page : join(page, 'index.html')));
		const pageUrl = `${origin}${base}${page}`;
		for (const href of hrefs) {
			// Attribute values are as written; `&amp;` is the only reference links here use.
			const url = new URL(href.replaceAll('&amp;', '&'), pageUrl);
			if (url.origin !== origin) continue;
			const target = fileFor(url.pathname);
			if (!target) broken.push(`${base}${page} → ${href} (no such page)`);
			else if (
				url.hash &&
				target.endsWith('.html') &&
				!read(target).ids.has(decodeURIComponent(url.hash.slice(1)))
			) {
				broken.push(`${base}${page} → ${href} (no such anchor)`);
			}
		}
	}
	return { broken, pages: pages.length };
}
