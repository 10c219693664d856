import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { HtmlEdit, type ElementNode, type Node } from '../../src/html/htmlEdit.ts';
import { siteFiles } from '../../scripts/lib/siteFiles.ts';

/** Unzips a zip's bytes into `folder`, as a teacher's unzip tool would. */
export function unzipInto(zip: Uint8Array, folder: string): string[] {
	const files = unzipSync(zip);
	for (const [path, bytes] of Object.entries(files)) {
		const file = join(folder, path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, bytes);
	}
	return Object.keys(files);
}

/** Attributes that hold URLs the pack must have a file for. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'data-search-index'];
const OUTSIDE = /^(https?:|mailto:|tel:|data:|javascript:)/i;

export interface PackCrawl {
	/** HTML pages reached from the start page. */
	reached: Set<string>;
	/** URLs that lead nowhere in the pack, as "file → url (why)". */
	broken: string[];
	/** URLs that point at the published site (`https://example.org/kit/…`), as "file → url". */
	toSite: string[];
}

/**
 * Follows every URL in an unzipped pack, from `index.html` on: links, images, scripts, styles,
 * the language menu's options, the search index, `url()`s in stylesheets, and `#anchors`, which
 * must name an element of their page. Everything must resolve to a file inside the pack.
 * `siteAddress` is the published site's address with its base path (`https://example.org/kit/`).
 */
export function crawlPack(folder: string, siteAddress: string): PackCrawl {
	const reached = new Set<string>();
	const broken: string[] = [];
	const toSite: string[] = [];
	const ids = new Map<string, Set<string>>();
	const anchors: [string, string, string][] = [];
	const queue = ['index.html'];
	const seenCss = new Set<string>();

	const follow = (from: string, url: string) => {
		if (OUTSIDE.test(url)) {
			if (url.startsWith(siteAddress)) toSite.push(`${from} → ${url}`);
			return;
		}
		if (url.startsWith('/')) return broken.push(`${from} → ${url} (a path from the top of a disk)`);
		const target = new URL(url, pathToFileURL(join(folder, from)));
		const path = fileURLToPath(target);
		if (!path.startsWith(folder)) return broken.push(`${from} → ${url} (outside the pack)`);
		if (!existsSync(path) || !statSync(path).isFile()) return broken.push(`${from} → ${url} (no such file)`);
		const file = relative(folder, path).split('\\').join('/');
		if (file.endsWith('.html')) {
			if (target.hash) anchors.push([from, url, file]);
			if (!reached.has(file)) queue.push(file);
		} else if (file.endsWith('.css') && !seenCss.has(file)) {
			seenCss.add(file);
			const css = readFileSync(path, 'utf8');
			for (const [, quoted, bare] of css.matchAll(
				/url\(\s*["']?([^"')]*)["']?\s*\)|@import\s+["']([^"']+)/g,
			)) {
				follow(file, (quoted ?? bare)!);
			}
		}
	};

	while (queue.length > 0) {
		const page = queue.shift()!;
		if (reached.has(page)) continue;
		reached.add(page);
		const { elements } = new HtmlEdit(readFileSync(join(folder, page), 'utf8'));
		const pageIds = new Set<string>();
		for (const element of elements) {
			const attribute = (name: string) => decoded(element.attributes[name]);
			if (element.attributes.id !== undefined) pageIds.add(attribute('id')!);
			for (const name of URL_ATTRIBUTES) {
				const value = attribute(name);
				if (value !== undefined && !value.startsWith('#')) follow(page, value);
			}
			for (const candidate of attribute('srcset')?.split(',') ?? [])
				follow(page, candidate.trim().split(' ')[0]!);
			// The language menu's options are addresses; other menus' are not.
			if (element.name === 'option' && inside(element, 'starlight-lang-select'))
				follow(page, attribute('value')!);
		}
		ids.set(page, pageIds);
	}
	for (const [from, url, file] of anchors) {
		const id = decodeURIComponent(new URL(url, 'file:///x/').hash.slice(1));
		if (!ids.get(file)?.has(id)) broken.push(`${from} → ${url} (no such anchor)`);
	}
	return { reached, broken, toSite };
}

/** HTML pages of the unzipped pack that no link reaches from its start page. */
export function unreachedPages(folder: string, crawl: PackCrawl): string[] {
	return siteFiles(folder).filter((file) => file.endsWith('.html') && !crawl.reached.has(file));
}

/** An attribute's value as written in the HTML, with the character references links here use read. */
function decoded(value: string | undefined): string | undefined {
	return value?.replaceAll('&amp;', '&').replaceAll('&#38;', '&').replaceAll('&quot;', '"');
}

/** Whether `element` is inside an element named `name`. */
function inside(element: ElementNode, name: string): boolean {
	for (let parent: Node | undefined = element.parent; parent; parent = parent.parent)
		if (parent.name === name) return true;
	return false;
}
