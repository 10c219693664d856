import { localiseHref, type LinkLocales } from '../i18n/localiseContentLinks.ts';
import { printAddress } from '../print/printAddresses.ts';
import { HtmlEdit, type ElementNode } from './htmlEdit.ts';

/**
 * A page's rendered Markdown with its links made ready, in one pass over the tree: internal
 * links follow the base path and the reader's locale (src/i18n/localiseContentLinks.ts), except
 * links that name their language (`hreflang`, e.g. "read the English original"), which the kit
 * writes with the base path already; and links into the site get their full address for print
 * (src/print/printAddresses.ts), unless they have one.
 *
 * With `lawPacks` (the page locale's default law, src/countries/lawDefaults.ts), law cards show
 * those packs and lose every other one they carry: a card written once serves the pages of
 * several locales (src/markdown/plugins/lawCard.ts), and a page holds only its readers' law.
 */
export function withContentLinks(
	html: string,
	locales: LinkLocales,
	site: URL | undefined,
	lawPacks?: readonly string[],
): string {
	// Only links and law cards change: HTML with neither is left as it is, unparsed.
	if (!/<a\s/i.test(html) && !(lawPacks && html.includes('data-kit-law-pack'))) return html;
	const page = new HtmlEdit(html);
	for (const element of page.elements) {
		if (lawPacks && isCardPack(element)) {
			showOrDrop(page, element, lawPacks);
			continue;
		}
		const { href } = element.attributes;
		if (element.name !== 'a' || href === undefined) continue;
		const localised = 'hreflang' in element.attributes ? href : localiseHref(href, locales);
		if (localised !== href) page.setAttribute(element, 'href', localised);
		const address = printAddress(localised, site);
		if (address && !('data-print-href' in element.attributes))
			page.setAttribute(element, 'data-print-href', address);
	}
	return page.toString();
}

/** A pack's block in a law card that follows the reader's country (not one pinned to a country). */
function isCardPack(element: ElementNode): boolean {
	return 'data-kit-law-pack' in element.attributes && 'data-kit-law' in (element.parent?.attributes ?? {});
}

/** Shows a pack in force for the page's readers, and lets search index it; takes any other out. */
function showOrDrop(page: HtmlEdit, block: ElementNode, lawPacks: readonly string[]) {
	if (!lawPacks.includes(block.attributes['data-kit-law-pack']!)) {
		page.remove(block);
		return;
	}
	page.removeAttribute(block, 'hidden');
	page.removeAttribute(block, 'data-pagefind-ignore');
}
