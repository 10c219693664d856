import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { DOCTYPE_NODE, ELEMENT_NODE, parse, TEXT_NODE, type Node } from 'ultrahtml';
import { hastNodes, OTHER_REFERENCE } from './hastFragment.ts';

/**
 * A whole page the build wrote as a hast tree: the tree `fromHtml(html)` gives (without
 * positions), parsed with ultrahtml as hastFragment.ts parses fragments, several times faster
 * than parse5. Only a page of the shape the build writes takes this way: a doctype, then `<html>`
 * holding `<head>` and `<body>` and nothing after it. parse5 builds every other page, as the HTML
 * standard says: content after `</html>` moved into the body, and `<noscript>`, whose content
 * parse5 keeps as text (scripting on). The offline packs rewrite every page of the site this way.
 */
export function hastDocument(html: string): Root {
	if (!html.includes('<noscript')) {
		// ultrahtml ends the document with an empty text node.
		const nodes = (parse(html) as { children: Node[] }).children.filter(
			(node) => node.type !== TEXT_NODE || node.value !== '',
		);
		const [doctype, page, ...after] = nodes;
		const parts: Node[] = page?.type === ELEMENT_NODE && page.name === 'html' ? page.children : [];
		const shaped =
			doctype?.type === DOCTYPE_NODE &&
			after.length === 0 &&
			parts.length === 2 &&
			parts[0]!.type === ELEMENT_NODE &&
			parts[0]!.name === 'head' &&
			parts[1]!.type === ELEMENT_NODE &&
			parts[1]!.name === 'body';
		if (shaped) {
			try {
				const children: RootContent[] = [{ type: 'doctype' }, ...hastNodes([page!])];
				children.forEach(markStandardsMode);
				return { type: 'root', children, data: { quirksMode: false } };
			} catch (error) {
				if (error !== OTHER_REFERENCE) throw error;
			}
		}
	}
	return fromHtml(html);
}

/** parse5 notes on the document and on each template's content that they are not in quirks mode. */
function markStandardsMode(node: RootContent) {
	if (node.type !== 'element') return;
	if (node.content) {
		node.content.data = { quirksMode: false };
		node.content.children.forEach(markStandardsMode);
	}
	node.children.forEach(markStandardsMode);
}
