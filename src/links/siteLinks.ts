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
	/** Element ids of each page, by its path in `dist` (`en/help/index.html`), as one string: `\nid\nid\n`. */
	readonly #ids = new Map<string, string>();
	readonly #broken: BrokenLink[] = [];
	/** Absolute links (`/en/help/`) resolve the same from every page: to `pathname#hash`, or '' for elsewhere. */
	readonly #resolved = new Map<string, string>();

	constructor(dist: string, base = '/') {
		this.#dist = dist;
		// Astro takes `/kit` for `/kit/`.
		this.#base = base.replace(/\/?$/, '/');
	}

	/** Adds a page: `file` is its path in `dist` (`en/help/index.html`), `elements` every element of it. */
	add(file: string, elements: readonly ElementNode[]) {
		const page = this.#base + file.replace(/(^|\/)index\.html$/, '$1');
		const ids = elements.flatMap((element) => element.attributes.id ?? []);
		const idList = copy(`\n${ids.join('\n')}\n`);
		this.#ids.set(file, idList);
		for (const element of elements) {
			const { href } = element.attributes;
			if (element.name.toLowerCase() !== 'a' || href === undefined) continue;
			const target = this.#resolve(href, page);
			if (!target) continue;
			const [pathname, hash] = target.split('#', 2) as [string, string | undefined];
			if (pathname === page && hash !== undefined) {
				if (!idList.includes(`\n${safeDecode(hash)}\n`))
					this.#broken.push({ page, href: copy(href), why: 'no such anchor', pages: 1 });
				continue;
			}
			const known = this.#targets.get(target);
			if (known) known.pages += 1;
			else this.#targets.set(target, { page, href: copy(href), pages: 1 });
		}
	}

	/** Every broken link found, once per target, in the order the pages were added. */
	broken(): BrokenLink[] {
		const broken = [...this.#broken];
		for (const [target, { page, href, pages }] of this.#targets) {
			const [pathname = '', hash] = target.split('#', 2);
			const file = this.#fileFor(pathname);
			if (file === undefined) broken.push({ page, href, why: 'no such page', pages });
			else if (hash && file.endsWith('.html') && !this.#ids.get(file)?.includes(`\n${safeDecode(hash)}\n`)) {
				broken.push({ page, href, why: 'no such anchor', pages });
			}
		}
		return broken;
	}

	/**
	 * The link as `pathname#hash` on the site (`#hash` only when it has one), or '' for a link
	 * elsewhere (another site, `mailto:`).
	 */
	#resolve(href: string, page: string): string {
		// Attribute values are as written; `&amp;` is the only reference links here use.
		const written = href.replaceAll('&amp;', '&');
		const absolute = written.startsWith('/') && !written.startsWith('//');
		const known = absolute ? this.#resolved.get(written) : undefined;
		if (known !== undefined) return known;
		let target = '';
		try {
			const url = new URL(written, ORIGIN + page);
			if (url.origin === ORIGIN) target = url.pathname + url.hash;
		} catch {
			target = '';
		}
		if (absolute) this.#resolved.set(copy(written), target);
		return target;
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

/**
 * A copy of a string read from a page, to keep: V8 keeps the whole string a part was cut from,
 * so an id or link kept as read would keep its page's source alive (at 3,300 pages, more than
 * the worker's heap).
 */
function copy(text: string): string {
	return JSON.parse(JSON.stringify(text)) as string;
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
