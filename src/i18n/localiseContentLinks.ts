/**
 * Authors write internal links as root paths in their own locale: `[Get help](/en/help/)`.
 * When a page is rendered this makes them work where the page really is:
 * - the site's base path is added, so a fork served from `/kit/` keeps working;
 * - on a page shown in another locale (a fallback page, or a translation that still links to
 *   the source locale), links into the content's locale are moved to the page's locale, so a
 *   reader stays in their language.
 * Links to other origins, protocol-relative links and relative links are left alone.
 */
export function localiseContentLinks(
	html: string,
	{ base, contentLocale, pageLocale }: { base: string; contentLocale: string; pageLocale: string },
): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return html.replace(/(<a\b[^>]*?\shref=")\/(?!\/)([^"]*)"/g, (_match, start: string, path: string) => {
		const withoutBase =
			prefix !== '/' && `/${path}`.startsWith(prefix) ? `/${path}`.slice(prefix.length) : path;
		const localised =
			withoutBase === contentLocale || withoutBase.startsWith(`${contentLocale}/`)
				? pageLocale + withoutBase.slice(contentLocale.length)
				: withoutBase;
		return `${start}${prefix}${localised}"`;
	});
}
