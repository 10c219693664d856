import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseBase } from '../config/basePath.ts';
import { HtmlEdit, type ElementNode } from '../html/htmlEdit.ts';
import { servedFile } from './servedFile.ts';

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
 * A link that is already an address on the site as a browser would read it: a path from the
 * root with no `.` or `..` segment and nothing a URL would encode, then perhaps a query and a
 * `#anchor`. Most links in the kit's pages are; they are read without a URL object.
 */
const PLAIN_LINK = /^(\/(?!\/)[\w\-.~!$&'()*+,;=:@/]*?)(?:\?[^#]*)?(#[\w\-.~!$&'()*+,;=:@/?]*)?$/;
const DOT_SEGMENT = /(^|\/)\.\.?(\/|$)/;

/**
 * The internal links of a built site, gathered page by page as each is parsed, and checked the
 * way a static host serves the site under `base`: every `<a href>` into the site must reach a
 * file in `dist`, and its `#anchor` an element id there. A link to an anchor on its own page is
 * checked as the page is added (tables of contents); links to other pages are kept by target
 * (`/en/help/#call`) with the first page that has them and a count, so memory grows with the
 * targets, not the links. The pages that other pages link into at an anchor are read again at
 * the end for their ids. Used by the build (src/security/securePages.ts) and by the tests of a
 * built site.
 */
export class SiteLinks {
	readonly #dist: string;
	readonly #base: string;
	readonly #targets = new Map<string, { page: string; href: string; pages: number }>();
	readonly #broken: BrokenLink[] = [];

	constructor(dist: string, base = '/') {
		this.#dist = dist;
		this.#base = normaliseBase(base);
	}

	/** Adds a page: `file` is its path in `dist` (`en/help/index.html`), `elements` every element of it. */
	add(file: string, elements: readonly ElementNode[]) {
		const page = this.#base + file.replace(/(^|\/)index\.html$/, '$1');
		let ids: Set<string> | undefined;
		for (const element of elements) {
			const { href } = element.attributes;
			if (element.name.toLowerCase() !== 'a' || href === undefined) continue;
			const target = this.#resolve(href, page);
			if (!target) continue;
			const hashAt = target.indexOf('#');
			if (hashAt > 0 && target.slice(0, hashAt) === page) {
				ids ??= idsOf(elements);
				if (!ids.has(safeDecode(target.slice(hashAt + 1)) ?? ''))
					this.#broken.push({ page, href: copy(href), why: 'no such anchor', pages: 1 });
				continue;
			}
			const known = this.#targets.get(target);
			if (known) known.pages += 1;
			else this.#targets.set(copy(target), { page, href: copy(href), pages: 1 });
		}
	}

	/** Every broken link: missing anchors on their own page first, then the others once per target. */
	broken(): BrokenLink[] {
		const broken = [...this.#broken];
		const idsByFile = new Map<string, Set<string>>();
		for (const [target, { page, href, pages }] of this.#targets) {
			const [pathname = '', hash] = target.split('#', 2);
			const file = servedFile(this.#dist, this.#base, pathname);
			if (file === undefined) {
				broken.push({ page, href, why: 'no such page', pages });
				continue;
			}
			if (!hash || !file.endsWith('.html')) continue;
			let ids = idsByFile.get(file);
			if (!ids) {
				ids = idsOf(new HtmlEdit(readFileSync(join(this.#dist, file), 'utf8')).elements);
				idsByFile.set(file, ids);
			}
			if (!ids.has(safeDecode(hash) ?? '')) broken.push({ page, href, why: 'no such anchor', pages });
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
		const plain = PLAIN_LINK.exec(written);
		if (plain && !DOT_SEGMENT.test(plain[1]!)) {
			const hash = plain[2] ?? '';
			return plain[1]! + (hash.length > 1 ? hash : '');
		}
		try {
			const url = new URL(written, ORIGIN + page);
			return url.origin === ORIGIN ? url.pathname + url.hash : '';
		} catch {
			return '';
		}
	}
}

/** The element ids of a page. */
function idsOf(elements: readonly ElementNode[]): Set<string> {
	return new Set(elements.flatMap((element) => element.attributes.id ?? []));
}

/**
 * A copy of a string read from a page, to keep: V8 keeps the whole string a part was cut from,
 * so a link kept as read would keep its page's source alive (at 3,300 pages, more than the
 * worker's heap).
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
