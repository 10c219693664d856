import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { el, hasClass, headingLevel, isElement, textOf, type Block } from './deckModel.ts';
import { isPictures } from './slideSize.ts';

/**
 * The blocks of a student view's HTML, one after the other, as slides are made of them: headings
 * without Starlight's anchor links, each quiz question on its own, pictures that follow each other
 * side by side. Left out: the handout's writing lines, the quiz's score, and (should one ever get
 * this far) any teacher note.
 */
export function blocksOf(studentHtml: string): Block[] {
	const root = fromHtml(studentHtml, { fragment: true });
	const blocks: Block[] = [];
	for (const node of root.children) {
		if (!isElement(node) || node.properties.dataKitTeacher !== undefined || hasClass(node, 'kit-write'))
			continue;
		if (hasClass(node, 'sl-heading-wrapper')) {
			const heading = node.children.find((child) => headingLevel(child) !== undefined);
			if (heading) blocks.push(heading);
		} else if (node.properties.dataKitQuiz !== undefined) {
			blocks.push(...node.children.filter((child) => isElement(child, 'form')));
		} else if (isPictures(node)) {
			const pictures = node.children.filter((child) => isElement(child, 'img'));
			const previous = blocks.at(-1);
			if (hasClass(previous, 'slide-pictures')) (previous as Element).children.push(...pictures);
			else blocks.push(el('div', { className: ['slide-pictures'] }, pictures as ElementContent[]));
		} else {
			blocks.push(node);
		}
	}
	return blocks;
}

/**
 * Blocks that introduce what follows (a heading, or a short line ending in a colon such as
 * "**What the words mean:**") go to the next slide with it, rather than end a slide.
 */
export function keepsWithNext(block: Block): boolean {
	if (headingLevel(block) !== undefined) return true;
	if (!isElement(block, 'p')) return false;
	const text = textOf(block).trim();
	return text.length < 90 && /[:：]$/.test(text);
}
