import type { Element, ElementContent } from 'hast';
import { hastFragment } from '../html/hastFragment.ts';
import { el, hasClass, headingLevel, isElement, textOf, type Block } from './deckModel.ts';
import { isPictures } from './slideSize.ts';

/**
 * The blocks of a student view's HTML, one after the other, as slides are made of them: headings
 * without Starlight's anchor links, each quiz question on its own, pictures that follow each other
 * side by side. Left out: the handout's writing lines, the quiz's score, and (should one ever get
 * this far) any teacher note.
 */
export function blocksOf(studentHtml: string): Block[] {
	const root = hastFragment(studentHtml);
	const blocks: Block[] = [];
	for (const node of root.children) {
		if (!isElement(node) || node.properties.dataKitTeacher !== undefined || hasClass(node, 'kit-write'))
			continue;
		if (hasClass(node, 'sl-heading-wrapper')) {
			const heading = node.children.find((child) => headingLevel(child) !== undefined);
			if (heading) blocks.push(heading);
		} else if (node.properties.dataKitQuiz !== undefined) {
			blocks.push(...node.children.filter((child) => isElement(child, 'form')));
		} else if (hasClass(node, 'kit-law')) {
			blocks.push(...lawCardBlocks(node));
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
 * A law card (src/countries/renderLawCard.ts) as slides show it: the law of the country it shows
 * by default, its title, note and statements as blocks of their own, so a long card goes on to
 * the next slide between statements. The other countries' law and the list to pick them are for
 * the lesson's pages.
 */
function lawCardBlocks(card: Element): Block[] {
	return card.children.flatMap((child) => {
		if (!isElement(child) || child.properties.hidden || hasClass(child, 'kit-law__picker')) return [];
		return hasClass(child, 'kit-law__pack') ? child.children.filter((part) => isElement(part)) : [child];
	});
}

/**
 * Blocks that introduce what follows (a heading, a short line in bold, or one ending in a colon
 * such as "What the words mean:") go to the next slide with it, rather than end a slide.
 */
export function keepsWithNext(block: Block): boolean {
	if (headingLevel(block) !== undefined) return true;
	if (!isElement(block, 'p')) return false;
	const text = textOf(block).trim();
	const content = block.children.filter((child) => textOf(child).trim() !== '');
	const label = content.length === 1 && isElement(content[0], 'strong');
	return text.length < 90 && (label || /[:：]$/.test(text));
}
