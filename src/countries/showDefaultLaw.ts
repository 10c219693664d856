import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/**
 * Shows, in every law card of a page, the packs in force for the reader's locale (its country and
 * the EU for a member state), and lets search index them; the other packs stay hidden and out of
 * search until the reader picks one. Pages without a law card are returned as they are.
 */
export function showDefaultLaw(html: string, packs: string[]): string {
	if (!html.includes('data-kit-law-pack')) return html;
	const root = fromHtml(html, { fragment: true });
	const visit = (node: Root | Element, inCard: boolean) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			const pack = child.properties.dataKitLawPack;
			if (inCard && typeof pack === 'string' && packs.includes(pack)) {
				delete child.properties.hidden;
				delete child.properties.dataPagefindIgnore;
				child.properties.dataKitLawDefault = '';
			}
			visit(child, inCard || child.properties.dataKitLaw !== undefined);
		}
	};
	visit(root, false);
	return toHtml(root);
}
