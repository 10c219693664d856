import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementNode } from '../html/htmlEdit.ts';

/** A link of the built site that leads nowhere. */
export interface BrokenLink {
	/** The first page with the link, as its address under the base path (`/en/help/`). */
	page: string;
	/** The link as written in that page. */
	href: string;
	why: 'no such page' | 'no such anchor';
	/** How many pages have it (a link in shared content or navigation is on many). */
	pages: number;
}

/** Links are resolved against pages of this made-up origin; a link to any other origin is not checked. */
const ORIGIN = 'http://site.test';

/**
 * The internal links of a built site, gathered page by page as each is parsed, and checked the
 * way a static host serves the site under `base`: every `<a href>` into the site must reach a
 * file in `dist`, and its `#anchor` an element id there. A link to an anchor on its own page is
 * checked as the page is added, so tables of contents do not pile up; links to other pages are
 * kept by target (`/en/help/#call`) with the first page that has them and a count, so memory
 * grows with the targets, not the links. Used by the build (src/security/securePages.ts) and by
 * the tests of a built site.
 */
export class SiteLinks {
	readonly #dist: string;
	readonly #base: string;
	readonly #targets = new Map<string, { page: string; href: string; pages: number }>();
	/** Element ids of each page, by its path in `dist` (`en/help/index.html`). */
	readonly #ids = new Map<string, Set<string>>();
	readonly #broken: BrokenLink[] = [];
	/** Absolute links (`/en/help/`) resolve the same from every page. */
	readonly #resolved = new Map<string, URL | undefined>();

	constructor(dist: string, base = '/') {
		this.#dist = dist;
		// Astro takes `/kit` for `/kit/`.
		this.#base = base.replace(/\/?$/, '/');
	}

	/** Adds a page: `file` is its path in `dist` (`en/help/index.html`), `elements` every element of it. */
	add(file: string, elements: readonly ElementNode[]) {
		const page = this.#base + file.replace(/(^|\/)index\.html$/, '$1');
		const ids = new Set<string>();
		for (const element of elements) if (element.attributes.id) ids.add(element.attributes.id);
		this.#ids.set(file, ids);
		for (const element of elements) {
			const { href } = element.attributes;
			if (element.name !== 'a' || href === undefined) continue;
			const url = this.#resolve(href, page);
			if (!url) continue;
			const hash = url.hash && safeDecode(url.hash.slice(1));
			if (url.pathname === page && hash) {
				if (!ids.has(hash)) this.#broken.push({ page, href, why: 'no such anchor', pages: 1 });
				continue;
			}
			const target = url.pathname + url.hash;
			const known = this.#targets.get(target);
			if (known) known.pages += 1;
			else this.#targets.set(target, { page, href, pages: 1 });
		}
	}

	/** Every broken link found, once per target, in the order the pages were added. */
	broken(): BrokenLink[] {
		const broken = [...this.#broken];
		for (const [target, { page, href, pages }] of this.#targets) {
			const [pathname = '', hash] = target.split('#', 2);
			const file = this.#fileFor(pathname);
			if (file === undefined) broken.push({ page, href, why: 'no such page', pages });
			else if (hash && file.endsWith('.html') && !this.#ids.get(file)?.has(safeDecode(hash) ?? '')) {
				broken.push({ page, href, why: 'no such anchor', pages });
			}
		}
		return broken;
	}

	/** The link as an address on the site, or undefined for a link elsewhere (another site, `mailto:`). */
	#resolve(href: string, page: string): URL | undefined {
		// Attribute values are as written; `&amp;` is the only reference links here use.
		const written = href.replaceAll('&amp;', '&');
		const absolute = written.startsWith('/') && !written.startsWith('//');
		if (absolute && this.#resolved.has(written)) return this.#resolved.get(written);
		let url: URL | undefined;
		try {
			url = new URL(written, ORIGIN + page);
		} catch {
			url = undefined;
		}
		if (url?.origin !== ORIGIN) url = undefined;
		if (absolute) this.#resolved.set(written, url);
		return url;
	}

	/** The file a static host serves for an address (a folder's index.html), if there is one. */
	#fileFor(pathname: string): string | undefined {
		if (!pathname.startsWith(this.#base)) return undefined;
		const inSite = safeDecode(pathname.slice(this.#base.length));
		if (inSite === undefined) return undefined;
		const path = join(this.#dist, inSite);
		if (!existsSync(path)) return undefined;
		if (!statSync(path).isDirectory()) return inSite;
		const index = join(inSite, 'index.html').replace(/^\//, '');
		return existsSync(join(this.#dist, index)) ? index : undefined;
	}
}

function safeDecode(text: string): string | undefined {
	try {
		return decodeURIComponent(text);
	} catch {
		return undefined;
	}
}

/** A broken link as one line: "/en/ → /en/nowhere/ (no such page, on 3 pages)". */
export function describeBrokenLink({ page, href, why, pages }: BrokenLink): string {
	return `${page} → ${href} (${why}${pages > 1 ? `, on ${pages} pages` : ''})`;
}
