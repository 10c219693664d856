import type { Element, Root } from 'hast';
import type { IndexPage, IndexSection, SearchIndex } from '../../../src/offline/searchEngine.ts';
import { attr, find, findAll, hasAttr, textOf } from './hast.ts';

/** Elements whose text runs on with the text around them; every other element ends a word. */
const INLINE = new Set(
	'a abbr b bdi bdo cite code data dfn em i kbd mark q s samp small span strong sub sup time u var'.split(
		' ',
	),
);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button', 'select', 'h1']);

/**
 * A page's entry in the offline search index, read the way Pagefind reads it online: the text
 * inside `data-pagefind-body` without `data-pagefind-ignore` parts, split at headings into
 * sections, and the filters from `data-pagefind-filter="band:11-13"` attributes. Pages without
 * `data-pagefind-body` are not searchable online, so they are left out here too.
 */
export function indexPage(tree: Root, packPath: string): IndexPage | undefined {
	const body = find(tree, (element) => hasAttr(element, 'dataPagefindBody'));
	if (!body) return undefined;
	const h1 = find(body, (element) => element.tagName === 'h1');
	const title = clean(textOf(h1 ?? find(tree, (element) => element.tagName === 'title') ?? body));
	const sections: IndexSection[] = [['', '', '']];
	collect(body, sections);
	const html = find(tree, (element) => element.tagName === 'html');
	const lang = attr(body, 'lang');
	const own = lang && html && lang !== attr(html, 'lang');
	return {
		...(own ? { l: lang, d: attr(body, 'dir') ?? 'ltr' } : {}),
		u: packPath,
		t: title,
		f: filtersOf(tree),
		s: sections
			.map(([id, heading, text]): IndexSection => [id, clean(heading), clean(text)])
			.filter(([id, , text], i) => text !== '' || (i > 0 && id !== '')),
	};
}

/** A locale's index as a script that adds it to a global, so a page on disk can load it without fetch(). */
export function indexScript(locale: string, index: SearchIndex): string {
	return `(self.kitSearchIndex=self.kitSearchIndex||{})[${JSON.stringify(locale)}]=${JSON.stringify(index)};\n`;
}

function collect(node: Element, sections: IndexSection[]) {
	for (const child of node.children) {
		const current = sections[sections.length - 1]!;
		if (child.type === 'text') current[2] += child.value;
		if (child.type !== 'element' || ignored(child)) continue;
		const level = /^h([2-6])$/.exec(child.tagName);
		const id = attr(child, 'id');
		if (level && id) {
			sections.push([id, textOf(child), '']);
			continue;
		}
		collect(child, sections);
		if (!INLINE.has(child.tagName)) sections[sections.length - 1]![2] += ' ';
	}
}

function ignored(element: Element): boolean {
	return (
		SKIPPED.has(element.tagName) ||
		hasAttr(element, 'dataPagefindIgnore') ||
		attr(element, 'className')?.split(' ').includes('sl-anchor-link') === true
	);
}

/** `data-pagefind-filter="topic:law"` on any element; several values of a filter make a list. */
function filtersOf(tree: Root): Record<string, string[]> {
	const filters: Record<string, string[]> = {};
	for (const element of findAll(tree, (e) => hasAttr(e, 'dataPagefindFilter'))) {
		const spec = attr(element, 'dataPagefindFilter')!;
		const colon = spec.indexOf(':');
		const name = (colon === -1 ? spec : spec.slice(0, colon)).trim();
		const value = colon === -1 ? clean(textOf(element)) : spec.slice(colon + 1).trim();
		if (!name || !value) continue;
		(filters[name] ??= []).includes(value) || filters[name].push(value);
	}
	return filters;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
