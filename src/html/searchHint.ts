import { ELEMENT_NODE, type ElementNode } from 'ultrahtml';
import { HtmlEdit } from './htmlEdit.ts';

/**
 * The `<kbd>` that holds the keys' `<kbd>`s in Starlight's search button: the "Ctrl K" hint. It
 * is visible text that is not part of the button's accessible name ("Search"), which fails WCAG
 * 2.5.3 Label in Name. The shortcut itself still works and is announced through
 * `aria-keyshortcuts`.
 * @see https://www.w3.org/WAI/WCAG22/Understanding/label-in-name.html
 */
const isShortcutHint = (element: ElementNode) =>
	element.name === 'kbd' &&
	element.children.some((child) => child.type === ELEMENT_NODE && child.name === 'kbd');

/** Starlight's own search script, which loads Pagefind while the browser is idle on every page. */
const isModuleScript = (element: ElementNode) =>
	element.name === 'script' && element.attributes.type === 'module';

/**
 * Starlight's search without its hint and without its own script; the kit's
 * (src/search/siteSearch.ts) loads Pagefind when the dialog opens. Starlight's inline script, which
 * sets the shortcut's `aria-keyshortcuts`, stays. `data` is set on Starlight's `<site-search>`
 * element, each value as JSON: `translations`, the words of Pagefind's interface, in place of the
 * ones Starlight gave it (src/search/searchWords.ts). Runs on every page, so it is all one parse.
 */
export function searchOnOpen(html: string, data: Record<string, unknown> = {}): string {
	const edit = new HtmlEdit(html);
	for (const element of edit.elements) {
		if (isShortcutHint(element) || isModuleScript(element)) edit.remove(element);
		else if (element.name === 'site-search')
			for (const [name, value] of Object.entries(data))
				// Values are kept as written: `&` as a reference (`"` becomes one as it is written).
				edit.setAttribute(element, `data-${name}`, JSON.stringify(value).replaceAll('&', '&amp;'));
	}
	return edit.toString();
}
