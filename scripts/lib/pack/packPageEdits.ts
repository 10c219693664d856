import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { attr, findAll, hasAttr, walk } from './hast.ts';

/**
 * On the start page (the site's language choice): takes out the languages whose pages are not in
 * this pack, so a one-language pack offers its own language only.
 */
export function keepLanguagesInPack(tree: Root, inPack: (href: string) => boolean): void {
	walk(tree, (element, parent, index) => {
		if (element.tagName !== 'li') return;
		const links = findAll(element, (link) => link.tagName === 'a' && hasAttr(link, 'href'));
		if (links.length === 0 || links.every((link) => inPack(attr(link, 'href')!))) return 'skip';
		parent.children.splice(index, 1);
		return index;
	});
}

/**
 * The "Use it offline" page lists the packs to download (`[data-kit-packs]`); inside a pack
 * there is nothing to download, so the list says the reader is using a pack already (in the words
 * of its `data-in-pack`), and what is only for the website (`[data-kit-online-only]`, the search
 * form's template that the pack has taken from the page) goes.
 */
export function editOfflinePage(tree: Root): void {
	walk(tree, (element, parent, index) => {
		if (hasAttr(element, 'dataKitOnlineOnly') || hasAttr(element, 'dataKitOfflineSearchForm')) {
			parent.children.splice(index, 1);
			return index;
		}
		if (!hasAttr(element, 'dataKitPacks')) return;
		element.children = [h('p', attr(element, 'dataInPack') ?? '')];
		return 'skip';
	});
}

/** What a Kolibri app leaves out: site navigation that would lead out of the lesson. */
const NOT_FOR_KOLIBRI: ((element: Element) => boolean)[] = [
	(e) => ['site-search', 'starlight-lang-select', 'starlight-menu-button'].includes(e.tagName),
	(e) => e.tagName === 'nav' && (hasClass(e, 'sidebar') || hasClass(e, 'kit-views')),
	(e) => hasClass(e, 'pagination-links'),
];

/**
 * Takes out of a page for Kolibri what leads to the rest of the site (search, the language menu,
 * the sidebar, "previous" and "next", the switch to the teacher view): a Kolibri app is one
 * lesson, and Kolibri gives learners its own navigation.
 */
export function stripSiteNavigation(tree: Root): void {
	walk(tree, (element, parent, index) => {
		if (element.tagName === 'html') delete element.properties.dataHasSidebar;
		if (!NOT_FOR_KOLIBRI.some((test) => test(element))) return;
		let end = index + 1;
		// Scripts right after the search belong to it.
		while (element.tagName === 'site-search' && isScript(parent.children[end])) end++;
		parent.children.splice(index, end - index);
		return index;
	});
}

const hasClass = (element: Element, name: string) =>
	(attr(element, 'className') ?? '').split(' ').includes(name);
const isScript = (node: Root['children'][number] | undefined) =>
	node?.type === 'element' && node.tagName === 'script';
