/**
 * Authors write internal links as root paths in their own locale: `[Get help](/en/help/)`.
 * When a page is rendered this makes them work where the page really is:
 * - the site's base path is added, so a fork served from `/kit/` keeps working;
 * - links into the content's locale, or into the source locale, are moved to the page's locale,
 *   so a reader stays in their language: on a fallback page (an English page shown under `/nl/`),
 *   and in a translation whose links still say `/en/…` because the translator kept them.
 * Links into any other locale (`/fr/…` in a Dutch page) are meant, and kept, as are links that
 * name their language (`hreflang`, e.g. "read the English original"), which the kit adds with
 * the base path already. Links to other origins, protocol-relative links and relative links are
 * left alone.
 */
export function localiseContentLinks(
	html: string,
	{
		base,
		contentLocale,
		pageLocale,
		sourceLocale = contentLocale,
	}: { base: string; contentLocale: string; pageLocale: string; sourceLocale?: string },
): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const movable = [...new Set([contentLocale, sourceLocale])].filter(Boolean);
	return html.replace(/<a\b[^>]*>/g, (tag) =>
		/\shreflang=/.test(tag)
			? tag
			: tag.replace(/(\shref=")\/(?!\/)([^"]*)"/, (_match, start: string, path: string) => {
					const withoutBase =
						prefix !== '/' && `/${path}`.startsWith(prefix) ? `/${path}`.slice(prefix.length) : path;
					const from = movable.find(
						(locale) => withoutBase === locale || withoutBase.startsWith(`${locale}/`),
					);
					const localised = from === undefined ? withoutBase : pageLocale + withoutBase.slice(from.length);
					return `${start}${prefix}${localised}"`;
				}),
	);
}
