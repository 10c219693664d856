import { ELEMENT_NODE } from 'ultrahtml';
import { HtmlEdit } from './htmlEdit.ts';

/**
 * Starlight's search button without its "Ctrl K" hint: the `<kbd>` that holds the keys'
 * `<kbd>`s is taken out of the tree. The hint is visible text that is not part of the button's
 * accessible name ("Search"), which fails WCAG 2.5.3 Label in Name. The shortcut itself still
 * works and is announced through `aria-keyshortcuts`.
 * @see https://www.w3.org/WAI/WCAG22/Understanding/label-in-name.html
 */
export function withoutShortcutHint(html: string): string {
	const button = new HtmlEdit(html);
	for (const element of button.elements) {
		const holdsKeys = element.children.some((child) => child.type === ELEMENT_NODE && child.name === 'kbd');
		if (element.name === 'kbd' && holdsKeys) button.remove(element);
	}
	return button.toString();
}

/**
 * Starlight's search without its hint (above) and without its own script, which loads Pagefind
 * while the browser is idle on every page; the kit's (src/search/siteSearch.ts) loads it when the
 * dialog opens. Starlight's inline script, which sets the shortcut's `aria-keyshortcuts`, stays.
 */
export function searchOnOpen(html: string): string {
	const search = new HtmlEdit(withoutShortcutHint(html));
	for (const element of search.elements)
		if (element.name === 'script' && element.attributes.type === 'module') search.remove(element);
	return search.toString();
}
