import { ELEMENT_NODE, TEXT_NODE } from 'ultrahtml';
import { h, HtmlEdit, type ElementNode, type Node } from '../html/htmlEdit.ts';

/** Lines to write on, after each timed part of a student handout (shown only in print). */
const WRITING_LINES = 6;

/** A link to a lesson's teacher view, as authors write it: `/en/lessons/8-10/ask-first/#quiz`. */
const LESSON_LINK = /^(\/[\w-]+\/lessons\/[\w-]+\/[\w-]+\/)(#.*)?$/;

/**
 * A lesson's rendered HTML as pupils see it: teacher notes are removed (not hidden), headings
 * left with nothing under them go too, and every timed part except the quiz gets space to write
 * on in print. What is removed here is not in the student view's HTML at all. Links to other
 * lessons lead to their student views, so a pupil following one does not land on teacher notes;
 * then `localise`, if given, changes every link that does not name its language (`hreflang`).
 * The HTML is parsed once (ultrahtml, through HtmlEdit) and only the changed parts are written
 * again: this runs for every lesson, and its result serves the student view, the slides and the
 * speaker view (src/lessons/lessonRenders.ts).
 */
export function toStudentHtml(html: string, localise: (href: string) => string = (href) => href): string {
	const page = new HtmlEdit(html);
	const forTeachers = teacherNotes(page);
	for (const element of page.elements) {
		if (element.name !== 'a' || element.attributes.href === undefined || forTeachers.has(element)) continue;
		const { href } = element.attributes;
		const lesson = LESSON_LINK.exec(href);
		let changed = lesson ? `${lesson[1]}student/${lesson[2] ?? ''}` : href;
		if (!('hreflang' in element.attributes)) changed = localise(changed);
		if (changed !== href) page.setAttribute(element, 'href', changed);
	}
	const kept = withoutEmptySections(page.document.children.filter((node: Node) => !forTeachers.has(node as ElementNode)));
	const keptNodes = new Set(kept);
	for (const note of forTeachers) if (!forTeachers.has(note.parent as ElementNode)) page.remove(note);
	for (const node of page.document.children)
		if (node.type === ELEMENT_NODE && !forTeachers.has(node) && !keptNodes.has(node)) page.remove(node);
	addWritingSpace(page, kept);
	return page.toString();
}

/** Every teacher note, and everything inside one (links in a note are not worth rewriting). */
function teacherNotes(page: HtmlEdit): Set<ElementNode> {
	const notes = new Set<ElementNode>();
	for (const element of page.elements)
		if ('data-kit-teacher' in element.attributes || notes.has(element.parent as ElementNode)) notes.add(element);
	return notes;
}

/** 2 for an `<h2>` or its Starlight anchor wrapper, and so on; undefined for anything else. */
export function headingLevel(node: Node): number | undefined {
	if (node.type !== ELEMENT_NODE) return undefined;
	const heading = HEADING.test(node.name)
		? node
		: node.children.find((child: Node) => child.type === ELEMENT_NODE && HEADING.test(child.name));
	if (!heading || (heading !== node && !(node.attributes.class ?? '').includes('sl-heading-wrapper'))) {
		return undefined;
	}
	return Number(heading.name[1]);
}

const HEADING = /^h[1-6]$/;

function isBlank(node: Node) {
	return node.type === TEXT_NODE ? node.value.trim() === '' : node.type !== ELEMENT_NODE;
}

/** Drops headings whose section is now empty, from the deepest up (an h2 left with only empty h3s goes too). */
function withoutEmptySections(nodes: Node[]): Node[] {
	const kept = [...nodes];
	for (let i = kept.length - 1; i >= 0; i--) {
		const level = headingLevel(kept[i]!);
		if (level === undefined) continue;
		const next = kept.slice(i + 1).find((node) => !isBlank(node));
		const nextLevel = next ? headingLevel(next) : 0;
		if (!next || (nextLevel !== undefined && nextLevel <= level)) kept.splice(i, 1);
	}
	return kept;
}

/** Space to write on at the end of each timed part (its `<h2>` has minutes) that has no quiz. */
function addWritingSpace(page: HtmlEdit, nodes: Node[]) {
	let inTimedPart = false;
	let hasQuiz = false;
	const close = (before: ElementNode | undefined) => {
		if (inTimedPart && !hasQuiz) page.insertBefore(before, writingSpace());
	};
	for (const node of nodes) {
		if (node.type !== ELEMENT_NODE) continue;
		if (headingLevel(node) === 2) {
			close(node);
			inTimedPart = hasAttribute(node, 'data-kit-minutes');
			hasQuiz = false;
		} else if (hasAttribute(node, 'data-kit-quiz')) {
			hasQuiz = true;
		}
	}
	close(undefined);
}

/** Whether the element or anything inside it (teacher notes aside) has the attribute. */
function hasAttribute(element: ElementNode, name: string): boolean {
	if ('data-kit-teacher' in element.attributes) return false;
	return (
		name in element.attributes ||
		element.children.some((child: Node) => child.type === ELEMENT_NODE && hasAttribute(child, name))
	);
}

function writingSpace(): ElementNode {
	return h(
		'div',
		{ class: 'kit-write', 'aria-hidden': 'true' },
		...Array.from({ length: WRITING_LINES }, () => h('span', null)),
	);
}
