import type { Element, ElementContent, Root, RootContent } from 'hast';

type Parent = Root | Element;

/**
 * Calls `visit` for every element under `node`, parents before children. `visit` may replace or
 * remove the element through `parent.children[index]`; return `'skip'` to leave its children
 * alone, or a number to continue at that index of the parent (after removing or inserting).
 */
export function walk(
	node: Parent,
	visit: (element: Element, parent: Parent, index: number) => 'skip' | number | void,
): void {
	for (let index = 0; index < node.children.length; index++) {
		const child = node.children[index]!;
		if (child.type !== 'element') continue;
		const result = visit(child, node, index);
		if (typeof result === 'number') {
			index = result - 1;
			continue;
		}
		if (result !== 'skip' && node.children[index] === child) walk(child, visit);
		if (child.tagName === 'template' && child.content) walk(child.content, visit);
	}
}

/** Every element under `node` that `test` accepts, in document order. */
export function findAll(node: Parent, test: (element: Element) => boolean): Element[] {
	const found: Element[] = [];
	walk(node, (element) => {
		if (test(element)) found.push(element);
	});
	return found;
}

/** The first element under `node` that `test` accepts. */
export function find(node: Parent, test: (element: Element) => boolean): Element | undefined {
	let found: Element | undefined;
	walk(node, (element) => {
		if (found) return 'skip';
		if (test(element)) found = element;
	});
	return found;
}

/** An attribute's value as a string, if it has one (`class` lists are joined with spaces). */
export function attr(element: Element, name: string): string | undefined {
	const value = element.properties[name];
	if (value === undefined || value === null || value === false) return undefined;
	return Array.isArray(value) ? value.join(' ') : String(value);
}

export function hasAttr(element: Element, name: string): boolean {
	return attr(element, name) !== undefined;
}

/** Tests for `<tag>`, optionally with an attribute set (to any value). */
export const isTag =
	(tagName: string, attribute?: string) =>
	(element: Element): boolean =>
		element.tagName === tagName && (attribute === undefined || hasAttr(element, attribute));

/** The text inside a node, as the reader sees it (script and style left out). */
export function textOf(node: Parent | RootContent | ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element' && node.type !== 'root') return '';
	if (node.type === 'element' && (node.tagName === 'script' || node.tagName === 'style')) return '';
	return node.children.map(textOf).join('');
}
