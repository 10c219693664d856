import { posix } from 'node:path';

/** A built site: its public address and base path (as it was built), and its files. */
export interface BuiltSite {
	/** The folder it was built into (`dist/`). */
	dist: string;
	/** Its public address, `https://example.org`. */
	site: URL;
	/** Its base path, with slashes at both ends: `/` or `/kit/`. */
	base: string;
	/** Every file in it, relative to `dist` with forward slashes: `en/help/index.html`. */
	files: Set<string>;
}

/** What a URL written in a page points at. */
export type UrlTarget =
	/** Another site, or a scheme that is not a location (`mailto:`, `tel:`, `data:`). */
	| { kind: 'elsewhere' }
	/** A place in the same page: `#quiz`. */
	| { kind: 'fragment' }
	/** A file of the built site (`file` is undefined when the site has no such file). */
	| { kind: 'site'; file: string | undefined; suffix: string };

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * Resolves a URL found in the page at `pageFile` (a path in the built site) the way a browser
 * would on the published site, and says which file of the site it reaches: `/kit/en/help/`,
 * `https://example.org/kit/en/help/` and `../help/` from `kit/en/lessons/index.html` all reach
 * `en/help/index.html`.
 */
export function urlTarget(url: string, pageFile: string, site: BuiltSite): UrlTarget {
	const trimmed = url.trim();
	if (trimmed.startsWith('#')) return { kind: 'fragment' };
	if (SCHEME.test(trimmed) && !/^https?:/i.test(trimmed)) return { kind: 'elsewhere' };
	const pageUrl = new URL(`${site.base}${pageFile}`, site.site);
	let resolved: URL;
	try {
		resolved = new URL(trimmed, pageUrl);
	} catch {
		return { kind: 'elsewhere' };
	}
	if (resolved.origin !== site.site.origin || !resolved.pathname.startsWith(site.base)) {
		return { kind: 'elsewhere' };
	}
	const path = decodeURIComponent(resolved.pathname.slice(site.base.length));
	const suffix = `${resolved.search}${resolved.hash}`;
	const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
	return { kind: 'site', file: candidates.find((file) => site.files.has(file)), suffix };
}

/**
 * The relative URL from the file at `from` to the file at `to`, both paths inside a pack:
 * `relativeUrl('en/help/index.html', '_astro/a.css')` → `../../_astro/a.css`. Each path segment
 * is percent-encoded, so names with spaces or `#` survive.
 */
export function relativeUrl(from: string, to: string): string {
	const relative = posix.relative(posix.dirname(from), to) || posix.basename(to);
	return relative.split('/').map(encodeURIComponent).join('/');
}

/** The way up from a file inside a pack to the pack's top folder: `../../` for `en/help/index.html`. */
export function toTop(file: string): string {
	return '../'.repeat(file.split('/').length - 1);
}
