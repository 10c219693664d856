/** Where a page's links should lead: see {@link localiseHref}. */
export interface LinkLocales {
	/** The site's base path, e.g. `/` or `/kit/`. */
	base: string;
	/** The locale the content is written in, e.g. `en` on a fallback page under `/ar/`. */
	contentLocale: string;
	/** The locale of the page the reader is on. */
	pageLocale: string;
	/** The kit's source locale, whose prefix translators may have kept. */
	sourceLocale?: string;
}

/**
 * Authors write internal links as root paths in their own locale: `[Get help](/en/help/)`.
 * When a page is rendered this makes such a link work where the page really is:
 * - the site's base path is added, so a fork served from `/kit/` keeps working;
 * - links into the content's locale, or into the source locale, are moved to the page's locale,
 *   so a reader stays in their language: on a fallback page (an English page shown under `/nl/`),
 *   and in a translation whose links still say `/en/…` because the translator kept them.
 * Links into any other locale (`/fr/…` in a Dutch page) are meant, and kept. Links to other
 * origins, protocol-relative links and relative links are returned as they are. (Links that name
 * their language with `hreflang` are not passed here: src/html/contentLinks.ts keeps them.)
 */
export function localiseHref(
	href: string,
	{ base, contentLocale, pageLocale, sourceLocale = contentLocale }: LinkLocales,
): string {
	if (!href.startsWith('/') || href.startsWith('//')) return href;
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const path = href.slice(1);
	const withoutBase = prefix !== '/' && href.startsWith(prefix) ? href.slice(prefix.length) : path;
	const from = [...new Set([contentLocale, sourceLocale])]
		.filter(Boolean)
		.find((locale) => withoutBase === locale || withoutBase.startsWith(`${locale}/`));
	return prefix + (from === undefined ? withoutBase : pageLocale + withoutBase.slice(from.length));
}
