import type { Element } from 'hast';
import { el, isElement, type Block } from './deckModel.ts';
import { blockLines, columnShares, rowLines, tableRows } from './slideSize.ts';

/**
 * A block too tall for the room left on a slide splits into pieces, each fitting a slide: a list
 * by its items (numbering goes on), a table by its rows (the header row comes again), a quote by
 * its paragraphs. Any other block stays whole. The first piece fits `firstRoom` lines if it can;
 * the others fit `fullRoom`.
 */
export function splitBlock(block: Block, firstRoom: number, fullRoom: number): Block[] {
	if (!isElement(block)) return [block];
	const units = block.children.filter((child) => isElement(child));
	if (block.tagName === 'ul' || block.tagName === 'ol') {
		const start = Number(block.properties.start ?? 1);
		let done = 0;
		return chunk(units, (item) => blockLines(item, 104), 0.33, firstRoom, fullRoom).map((items) => {
			const piece = copy(block, items);
			if (block.tagName === 'ol' && done > 0) piece.properties.start = start + done;
			done += items.length;
			return piece;
		});
	}
	if (block.tagName === 'blockquote') {
		return chunk(units, (child) => blockLines(child, 103), 0.33, firstRoom, fullRoom).map((children) =>
			copy(block, children),
		);
	}
	if (block.tagName === 'table') {
		const head = block.children.find((part) => isElement(part, 'thead'));
		const headRows = head ? tableRows(el('table', {}, [head])) : [];
		const bodyRows = block.children.flatMap((part) =>
			isElement(part, 'tbody') ? tableRows(el('table', {}, [part])) : [],
		);
		const shares = columnShares([...headRows, ...bodyRows]);
		const headLines = headRows.reduce((sum, row) => sum + rowLines(row, shares), 0);
		return chunk(bodyRows, (row) => rowLines(row, shares), headLines + 0.33, firstRoom, fullRoom).map(
			(rows) => copy(block, [...(head ? [head] : []), el('tbody', {}, rows as Element[])]),
		);
	}
	return [block];
}

function copy(element: Element, children: Block[]): Element {
	return { ...element, properties: { ...element.properties }, children: children as Element[] };
}

/**
 * Units in order, in groups that fit the rooms. A last group of one unit takes one from the
 * group before, so a slide never carries a single leftover row or item.
 */
function chunk(
	units: Block[],
	size: (unit: Block) => number,
	overhead: number,
	firstRoom: number,
	fullRoom: number,
): Block[][] {
	const groups: Block[][] = [[]];
	let room = firstRoom - overhead;
	let used = 0;
	for (const unit of units) {
		const lines = size(unit);
		if (used + lines > room) {
			if (groups.at(-1)!.length > 0) groups.push([]);
			room = fullRoom - overhead;
			used = 0;
		}
		groups.at(-1)!.push(unit);
		used += lines;
	}
	const [before, last] = [groups.at(-2), groups.at(-1)!];
	if (before && before.length >= 3 && last.length === 1) last.unshift(before.pop()!);
	return groups.filter((group) => group.length > 0);
}
