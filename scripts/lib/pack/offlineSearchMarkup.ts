import type { Element, Root } from 'hast';
import { attr, find } from './hast.ts';
import type { OfflineWords } from './offlineWords.ts';
import { relativeUrl, toTop } from './siteUrls.ts';

export interface OfflineSearchOptions {
	locale: string;
	/** The locale's index script, as a path in the pack. */
	indexFile: string;
	/** The locale's search form and messages (from its "Use it offline" page). */
	words: OfflineWords;
}

/**
 * Swaps Starlight's search (Pagefind, which cannot load its index from disk) for the pack's own,
 * as a tree edit: the same `<site-search>` button and dialog stay where they are, Pagefind's
 * scripts after it go, and the dialog gets the offline search form (OfflineSearchForm.astro)
 * that `_offline/pack.js` (src/offline/offlineSearch.ts) brings to life. Returns false for a page
 * without search.
 */
export function swapInOfflineSearch(tree: Root, packPath: string, options: OfflineSearchOptions): boolean {
	const parent = find(tree, (element) => element.children.some(isSiteSearch));
	if (!parent) return false;
	const at = parent.children.findIndex(isSiteSearch);
	const search = parent.children[at] as Element;
	// Starlight's own scripts for the search follow it: the shortcut hint and the Pagefind loader.
	let end = at + 1;
	while (end < parent.children.length && isScript(parent.children[end]!)) end++;
	parent.children.splice(at + 1, end - at - 1);

	delete search.properties.dataTranslations;
	Object.assign(search.properties, options.words.searchMessages, {
		dataKitOfflineSearch: '',
		dataLocale: options.locale,
		dataSearchIndex: relativeUrl(packPath, options.indexFile),
		dataTop: toTop(packPath),
	});
	const container = find(search, (element) => attr(element, 'id') === 'starlight__search');
	// Every page of the locale gets the same form; the trees are only read after this.
	if (container) container.children = [options.words.searchForm];
	return true;
}

const isSiteSearch = (node: Root['children'][number]) =>
	node.type === 'element' && node.tagName === 'site-search';
const isScript = (node: Root['children'][number]) => node.type === 'element' && node.tagName === 'script';
