import { relativeUrl, urlTarget, type BuiltSite } from './siteUrls.ts';

/** What goes into one pack, and where. */
export interface PackLayout {
	site: BuiltSite;
	/** Where a page of the site is in this pack (from its file in the built site), if it is in it. */
	pageAt: (file: string) => string | undefined;
}

/** Where a URL written in a page, or a stylesheet, goes in the pack. */
export type PackUrl =
	/** Leave it as it is: another site, `mailto:`, `#anchor`. */
	| { kind: 'keep' }
	/** The new, relative URL; `asset` is the site file it needs in the pack, if not a page. */
	| { kind: 'relative'; url: string; asset?: string }
	/**
	 * A page of the site that is not in this pack (another language, say), or an address on the
	 * site's own origin that the built site has no file for (a contact page served elsewhere).
	 */
	| { kind: 'not-in-pack' }
	/** A path on the site that the built site does not have. */
	| { kind: 'missing' };

/**
 * Rewrites a URL found in `fromFile` (a file of the built site, placed at `fromPack` in the pack)
 * to a relative one that works from disk: directories become their `index.html`, the base path
 * and the site's address go. Nothing in a pack points at the site's own address: a full address
 * on it that the built site has no file for (a contact page served elsewhere) is not in the pack.
 */
export function packUrl(url: string, fromFile: string, fromPack: string, layout: PackLayout): PackUrl {
	const target = urlTarget(url, fromFile, layout.site);
	if (target.kind !== 'site') return { kind: 'keep' };
	if (!target.file) return /^https?:/i.test(url.trim()) ? { kind: 'not-in-pack' } : { kind: 'missing' };
	if (target.file.endsWith('.html')) {
		const page = layout.pageAt(target.file);
		if (page === undefined) return { kind: 'not-in-pack' };
		// A link to the page itself, with an anchor, stays an anchor.
		if (page === fromPack && target.suffix.startsWith('#')) return { kind: 'relative', url: target.suffix };
		return { kind: 'relative', url: `${relativeUrl(fromPack, page)}${target.suffix}` };
	}
	return {
		kind: 'relative',
		url: `${relativeUrl(fromPack, target.file)}${target.suffix}`,
		asset: target.file,
	};
}

/**
 * Rewrites every `url(…)` and `@import "…"` in CSS with `rewrite`, which returns the new URL or
 * undefined to leave it alone. Handles quoted and bare URLs; `data:` URLs never reach `rewrite`.
 */
export function rewriteCssUrls(css: string, rewrite: (url: string) => string | undefined): string {
	const replaced = (url: string) => (url.trim().startsWith('data:') ? undefined : rewrite(url));
	return css
		.replace(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^'")\s]*))\s*\)/gi, (match, double, single, bare) => {
			const url = (double ?? single ?? bare) as string;
			const next = replaced(url);
			return next === undefined ? match : `url(${JSON.stringify(next)})`;
		})
		.replace(/@import\s+(["'])([^"']+)\1/gi, (match, _quote, url: string) => {
			const next = replaced(url);
			return next === undefined ? match : `@import ${JSON.stringify(next)}`;
		});
}
