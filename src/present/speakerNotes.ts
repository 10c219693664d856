import { ELEMENT_NODE } from 'ultrahtml';
import { HtmlEdit, type ElementNode, type Node } from '../html/htmlEdit.ts';
import { headingLevel } from '../lessons/studentView.ts';

/**
 * The teacher notes of each part of a lesson (from the teacher view's HTML), for the speaker view,
 * keyed by the part's `<h2>` id. Notes of a part that has no slides (such as "Before you start")
 * go with the title slide (key "") if they come before the first slide's part, or else with the
 * part before them. The notes are the lesson's own HTML, as written: parsed once (ultrahtml),
 * never printed again.
 */
export function speakerNotes(lessonHtml: string, deckParts: string[]): Map<string, string> {
	const page = new HtmlEdit(lessonHtml);
	const notes = new Map<string, string>();
	let part = '';
	for (const node of page.document.children) {
		if (node.type !== ELEMENT_NODE) continue;
		if (headingLevel(node) === 2) {
			const id = headingOf(node)?.attributes.id ?? '';
			if (deckParts.includes(id)) part = id;
			continue;
		}
		const found = teacherNotes(node).map((note) => page.sourceOf(note));
		if (found.length) notes.set(part, (notes.get(part) ?? '') + found.join(''));
	}
	return notes;
}

/** The `<h2>` itself, or the one inside Starlight's anchor wrapper. */
function headingOf(node: ElementNode): ElementNode | undefined {
	return /^h[1-6]$/.test(node.name)
		? node
		: node.children.find(
				(child: Node): child is ElementNode => child.type === ELEMENT_NODE && /^h[1-6]$/.test(child.name),
			);
}

function teacherNotes(element: ElementNode): ElementNode[] {
	if ('data-kit-teacher' in element.attributes) return [element];
	return element.children.flatMap((child: Node) => (child.type === ELEMENT_NODE ? teacherNotes(child) : []));
}
