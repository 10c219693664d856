import type { Nodes, Root } from 'mdast';
import { mdxToMdast } from 'satteri';

/** How hard a text is to read, by the Flesch–Kincaid grade and the Flesch reading ease. */
export interface Readability {
	words: number;
	sentences: number;
	syllables: number;
	/** US school grade needed to read the text (lower is easier). */
	grade: number;
	/** 0–100, higher is easier. */
	ease: number;
}

/**
 * The text pupils read in a lesson: everything except the frontmatter, teacher notes and code.
 * Headings, list items and table cells end a sentence even without a full stop, as a reader
 * pauses there. The formulas are for English only.
 * @see https://en.wikipedia.org/wiki/Flesch%E2%80%93Kincaid_readability_tests
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

export function readability(blocks: string[]): Readability {
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
	const wordsPerSentence = words / Math.max(1, sentences);
	const syllablesPerWord = syllables / Math.max(1, words);
	return {
		words,
		sentences,
		syllables,
		grade: round(0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59),
		ease: round(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord),
	};
}

/** English syllables, by vowel groups with the usual corrections; digits count as one word of two. */
export function countSyllables(word: string): number {
	const w = word.toLowerCase().replace(/['’]/g, '');
	if (/^\d+$/.test(w)) return 2;
	if (w.length <= 3) return 1;
	const trimmed = w
		.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '')
		.replace(/^y/, '');
	const groups = trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0;
	return Math.max(1, groups);
}

function round(n: number) {
	return Math.round(n * 10) / 10;
}
