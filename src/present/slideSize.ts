import { hasClass, headingLevel, isElement, textOf, type Block } from './deckModel.ts';

/**
 * How much fits on a slide, in lines of body text. A slide is 60em × 33.75em (1em is 32px on a
 * 1920×1080 screen and scales with it: src/styles/slides.css); after its padding about 22 lines of
 * 1.35em fit. The estimates below are rough, so the deck keeps a margin, and
 * tests/browser/presentFit.test.ts measures every slide in the browser.
 */
export const SLIDE_LINES = 20.5;
/** Characters of body text on a line across the slide (about 118 in a regular sans-serif). */
const LINE_CHARS = 108;
/** What pictures take: they shrink to the room left on their slide, but need some. */
const IMAGE_LINES = 8;
/** A part's heading at the top of its first slide; the smaller part title on the next ones. */
export const PART_HEADING_LINES = 1.65;
export const KICKER_LINES = 0.9;

/** Lines of text at a font size (in em) across a width (in characters of body text). */
const lines = (text: string, size = 1, width = LINE_CHARS) =>
	Math.max(1, Math.ceil((text.trim().length * size) / width));

/** Whether a block is a paragraph holding only pictures. */
export function isPictures(node: Block): boolean {
	if (!isElement(node, 'p') && !hasClass(node, 'slide-pictures')) return false;
	const content = isElement(node)
		? node.children.filter((child) => isElement(child) || textOf(child).trim())
		: [];
	return content.length > 0 && content.every((child) => isElement(child, 'img'));
}

/** The estimated height of a block, in lines of body text. */
export function blockLines(node: Block, width = LINE_CHARS): number {
	if (!isElement(node)) return node.type === 'text' && node.value.trim() ? lines(node.value, 1, width) : 0;
	if (node.properties.hidden) return 0;
	const text = textOf(node);
	switch (headingLevel(node)) {
		case 1:
		case 2:
			return lines(text, 1.45, width) * 1.24 + 0.38;
		case 3:
			return lines(text, 1.15, width) * 0.98 + 0.3;
		case 4:
		case 5:
		case 6:
			return lines(text, 1, width) * 0.85 + 0.26;
	}
	if (isPictures(node)) return IMAGE_LINES;
	const children = (inner = width) => node.children.reduce((sum, child) => sum + blockLines(child, inner), 0);
	switch (node.tagName) {
		case 'p':
			return lines(text, 1, width) + 0.33;
		case 'ul':
		case 'ol':
			return children(width - 4) + 0.33;
		case 'li': {
			const nested = node.children.filter((child) => isElement(child, 'ul') || isElement(child, 'ol'));
			const own = node.children.filter((child) => !nested.some((list) => list === child));
			const ownLines = own.some((child) => isElement(child, 'p'))
				? own.reduce((sum, child) => sum + blockLines(child, width), 0)
				: lines(own.map(textOf).join(''), 1, width);
			return ownLines + 0.11 + nested.reduce((sum, list) => sum + blockLines(list, width), 0);
		}
		case 'blockquote':
			return children(width - 5) + 0.33;
		case 'table':
			return tableLines(node, width);
		case 'details':
			return 1.2;
		case 'hr':
			return 0.8;
		case 'aside':
			return children(width - 5) + 0.6;
		default:
			return node.children.some((child) => isElement(child)) ? children() : lines(text, 1, width);
	}
}

/** The rows of a table, header rows first. */
export function tableRows(table: Block): Block[] {
	if (!isElement(table)) return [];
	return table.children.flatMap((part) =>
		isElement(part, 'thead') || isElement(part, 'tbody')
			? part.children.filter((row) => isElement(row, 'tr'))
			: [],
	);
}

/** Each column's share of the width, from the length of its text (as browsers lay tables out). */
export function columnShares(rows: Block[]): number[] {
	const lengths: number[] = [];
	for (const row of rows) {
		if (!isElement(row)) continue;
		row.children
			.filter((cell) => isElement(cell))
			.forEach((cell, index) => {
				lengths[index] = Math.max(lengths[index] ?? 0, Math.min(textOf(cell).trim().length, 140));
			});
	}
	const total = lengths.reduce((sum, length) => sum + length, 0) || 1;
	return lengths.map((length) => Math.max(0.06, length / total));
}

/** A table row's height: its tallest cell, in the column width its share gives it. */
export function rowLines(row: Block, shares: number[], width = LINE_CHARS): number {
	if (!isElement(row)) return 0;
	const cells = row.children.filter((cell) => isElement(cell));
	const header = cells.every((cell) => isElement(cell, 'th'));
	const size = header ? 0.75 : 1;
	const tallest = Math.max(
		1,
		...cells.map((cell, index) =>
			lines(textOf(cell), size, Math.max(4, (width - 2 * cells.length) * (shares[index] ?? 0.5))),
		),
	);
	return tallest * size + 0.2;
}

function tableLines(table: Block, width: number): number {
	const rows = tableRows(table);
	const shares = columnShares(rows);
	return rows.reduce((sum, row) => sum + rowLines(row, shares, width), 0.33);
}
