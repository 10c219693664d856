/**
 * The full address of a link to a page of this site, for `data-print-href`: print
 * (src/styles/print.css) writes it after the link text, because "/en/help/" means nothing on
 * paper and "https://example.org/en/help/" does. Undefined for links to other sites, anchors,
 * protocol-relative and relative links, and when the site has no address.
 */
export function printAddress(href: string, site: URL | undefined): string | undefined {
	if (!site || !href.startsWith('/') || href.startsWith('//')) return undefined;
	return new URL(href, site).href;
}
