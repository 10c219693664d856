import type { Nodes, Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import { READABILITY_MEASURES, type ReadabilityMeasureId } from './readabilityMeasures.ts';

/** How hard a text is to read, on the measure of its language. */
export interface Readability {
	words: number;
	sentences: number;
	syllables: number;
	/** The measure's score: a grade (lower is easier) or an ease (higher is easier). */
	score: number;
}

/**
 * The text pupils read in a lesson: everything except the frontmatter, teacher notes and code.
 * Headings, list items and table cells end a sentence even without a full stop, as a reader
 * pauses there.
 */
export function pupilText(mdx: string): string[] {
	const tree = mdxToMdast(mdx, { features: { directive: true }, position: false }) as Root;
	const blocks: string[] = [];
	const visit = (node: Nodes) => {
		if (node.type === 'yaml' || node.type === 'code' || node.type === 'mdxjsEsm') return;
		if (node.type === 'containerDirective' && node.name === 'teacher') return;
		if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
			const text = inlineText(node).trim();
			if (text) blocks.push(text);
			return;
		}
		if ('children' in node) for (const child of node.children) visit(child as Nodes);
	};
	visit(tree);
	return blocks;
}

function inlineText(node: Nodes): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value;
	if (node.type === 'textDirective') return ''; // :minutes[5] is not prose
	if (node.type === 'image') return '';
	if ('children' in node) return node.children.map((child) => inlineText(child as Nodes)).join('');
	return '';
}

/** What the formulas count in a text. */
export interface TextCounts {
	words: number;
	sentences: number;
	syllables: number;
}

/** A text's counts and its score on one measure (src/lessons/readabilityMeasures.ts). */
export function readability(blocks: string[], measure: ReadabilityMeasureId): Readability {
	const { syllables: countSyllables, score } = READABILITY_MEASURES[measure];
	let words = 0;
	let sentences = 0;
	let syllables = 0;
	for (const block of blocks) {
		const found = block.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
		if (found.length === 0) continue;
		words += found.length;
		syllables += found.reduce((sum, word) => sum + countSyllables(word), 0);
		// Sentence ends inside the block, plus the block's own end.
		sentences += Math.max(1, (block.match(/[.!?]+(?=\s|$|["”’)])/g) ?? []).length + (/[.!?]["”’)]?\s*$/.test(block) ? 0 : 1));
	}
	const counts = { words, sentences: Math.max(1, sentences), syllables };
	return { words, sentences, syllables, score: Math.round(score(counts) * 10) / 10 };
}
