import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENT_NODE, parse, TEXT_NODE, type Node } from 'ultrahtml';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/builtSite.ts';
import { deckPaths } from '../support/decks.ts';
import { deckScript } from '../../scripts/lib/bench/deckScript.ts';

const pages = new Map<string, Node>();
/** A built page as a tree (ultrahtml: quick to read 400 pages), read once for all tests. */
const page = (path: string) => {
	if (!pages.has(path)) pages.set(path, parse(readFileSync(join(DIST, path, 'index.html'), 'utf8')));
	return pages.get(path)!;
};

/** Elements that pass the test, outermost first (their descendants are not searched). */
function elements(node: Node, test: (element: Node) => boolean): Node[] {
	if (node.type === ELEMENT_NODE && test(node)) return [node];
	return (node.children ?? []).flatMap((child: Node) => elements(child, test));
}

const textOf = (node: Node): string =>
	node.type === TEXT_NODE ? node.value : (node.children ?? []).map(textOf).join('');
const has = (name: string) => (element: Node) => name in element.attributes;

/** Sentences of a teacher note, long enough to be telling (short ones, like "Yes.", occur anywhere). */
const sentences = (text: string) =>
	text
		.split(/(?<=[.!?])\s+/)
		.map((sentence) => sentence.replace(/\s+/g, ' ').trim())
		.filter((sentence) => sentence.length > 40);

describe('the slides as built', () => {
	it('carry no sentence of any teacher note that pupils do not read too, in any deck or speaker-view slide', () => {
		const leaks: string[] = [];
		const text = (root: Node, test: (element: Node) => boolean) =>
			elements(root, test).map(textOf).join(' ').replace(/\s+/g, ' ');
		for (const deck of deckPaths()) {
			const lesson = deck.replace(/present\/$/, '');
			const notes = elements(page(lesson), has('data-kit-teacher'));
			expect(notes.length, lesson).toBeGreaterThan(0);
			// Some notes repeat a line of the lesson itself ("Asking for help is the right thing to do.").
			const forPupils = text(page(`${lesson}student/`), (element) => element.name === 'main');
			const onSlides = text(page(deck), has('data-slide')) + text(page(`${deck}speaker/`), has('data-slide'));
			for (const sentence of notes.flatMap((note) => sentences(textOf(note)))) {
				if (onSlides.includes(sentence) && !forPupils.includes(sentence))
					leaks.push(`${deck}: “${sentence}”`);
			}
		}
		expect(leaks).toEqual([]);
	});

	it('are left out of search, and linked as “Present” from the teacher and student views', () => {
		for (const deck of deckPaths()) {
			for (const path of [deck, `${deck}speaker/`]) {
				const [body] = elements(page(path), (element) => element.name === 'body');
				expect(body!.attributes['data-pagefind-ignore'], path).toBe('all');
				expect(elements(page(path), has('data-pagefind-body'))).toEqual([]);
			}
			const lesson = deck.replace(/present\/$/, '');
			for (const view of [lesson, `${lesson}student/`]) {
				const links = elements(page(view), has('data-kit-present'));
				expect(
					links.map((link) => link.attributes.href),
					view,
				).toEqual([deck]);
			}
		}
	});

	it('run on their own small script (≤ 4 KB gzipped) that stores nothing and fetches nothing', () => {
		const script = deckScript(DIST, deckPaths()[0]!);
		expect(script.gzip).toBeLessThanOrEqual(4 * 1024);
		expect(script.source).not.toMatch(/localStorage|sessionStorage|indexedDB|document\.cookie|caches\./);
		expect(script.source).not.toMatch(/fetch\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource/);
	});
});
