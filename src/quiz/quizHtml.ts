import type { Nodes as HastNodes } from 'hast';
import type { Nodes as MdastNodes, PhrasingContent } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import type { Blocks } from './quizModel.ts';

/**
 * Quiz content as markup for learning platforms. `xml: true` closes empty elements (`<br />`) and
 * writes only numeric character references, so the result is also well-formed XHTML for QTI.
 */
export function blocksToHtml(blocks: Blocks | PhrasingContent[], { xml = false } = {}): string {
	const tree = toHast({ type: 'root', children: blocks } as MdastNodes) as HastNodes;
	// Named references (`&amp;`) in HTML keep GIFT's escape character `#` out of the markup.
	return toHtml(tree, {
		closeSelfClosing: xml,
		closeEmptyElements: xml,
		characterReferences: { useNamedReferences: !xml },
	}).trim();
}

/** Quiz content as plain text (titles, identifiers). */
export function blocksToText(blocks: Blocks | PhrasingContent[]): string {
	return toString({ type: 'root', children: blocks } as MdastNodes)
		.replace(/\s+/g, ' ')
		.trim();
}
