import { localiseHref, type LinkLocales } from '../i18n/localiseContentLinks.ts';
import { printAddress } from '../print/printAddresses.ts';
import { HtmlEdit } from './htmlEdit.ts';

/**
 * A page's rendered Markdown with its links made ready, in one pass over the tree: internal
 * links follow the base path and the reader's locale (src/i18n/localiseContentLinks.ts), except
 * links that name their language (`hreflang`, e.g. "read the English original"), which the kit
 * writes with the base path already; and links into the site get their full address for print
 * (src/print/printAddresses.ts), unless they have one.
 */
export function withContentLinks(html: string, locales: LinkLocales, site: URL | undefined): string {
	const page = new HtmlEdit(html);
	for (const link of page.elements) {
		const { href } = link.attributes;
		if (link.name !== 'a' || href === undefined) continue;
		const localised = 'hreflang' in link.attributes ? href : localiseHref(href, locales);
		if (localised !== href) page.setAttribute(link, 'href', localised);
		const address = printAddress(localised, site);
		if (address && !('data-print-href' in link.attributes))
			page.setAttribute(link, 'data-print-href', address);
	}
	return page.toString();
}
