import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { hasClass, headingLevel, isElement, type Block } from './deckModel.ts';

/**
 * The teacher notes of each part of a lesson (from the teacher view's HTML), for the speaker view,
 * keyed by the part's `<h2>` id. Notes of a part that has no slides (such as "Before you start")
 * go with the title slide (key "") if they come before the first slide's part, or else with the
 * part before them.
 */
export function speakerNotes(lessonHtml: string, deckParts: string[]): Map<string, string> {
	const notes = new Map<string, ElementContent[]>();
	let part = '';
	for (const node of fromHtml(lessonHtml, { fragment: true }).children) {
		const heading =
			isElement(node) && hasClass(node, 'sl-heading-wrapper') ? node.children.find(isHeading) : node;
		if (headingLevel(heading) === 2 && isElement(heading)) {
			const id = String(heading.properties.id ?? '');
			if (deckParts.includes(id)) part = id;
			continue;
		}
		const found = teacherNotes(node);
		if (found.length) notes.set(part, [...(notes.get(part) ?? []), ...found]);
	}
	return new Map([...notes].map(([id, children]) => [id, toHtml({ type: 'root', children })]));
}

const isHeading = (node: Block) => headingLevel(node) !== undefined;

function teacherNotes(node: Block): Element[] {
	if (!isElement(node)) return [];
	if (node.properties.dataKitTeacher !== undefined) return [node];
	return node.children.flatMap(teacherNotes);
}
