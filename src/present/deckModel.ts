import type { Element, ElementContent, Root, RootContent } from 'hast';

/** One slide of a lesson's content, before it is numbered: the deck adds a title and a closing slide. */
export interface LessonSlide {
	/** A question slide reveals its answer on a key press. */
	kind: 'content' | 'question';
	/** The id of the part's `<h2>`: the speaker view shows that part's notes and timer. */
	part: string;
	/** What the slide is about, for its label: its first heading, or the part's title. */
	title: string;
	/** The slide's content as HTML, built from the student view: never any teacher notes. */
	html: string;
}

/** A part of the lesson: a `##` heading, timed (`:minutes[N]`) or not. */
export interface LessonPart {
	id: string;
	title: string;
	minutes?: number | undefined;
}

export interface LessonDeck {
	parts: LessonPart[];
	slides: LessonSlide[];
}

export type Block = ElementContent | RootContent;

export function isElement(node: Block | undefined, tagName?: string): node is Element {
	return node?.type === 'element' && (tagName === undefined || node.tagName === tagName);
}

export function hasClass(node: Block | undefined, name: string): boolean {
	if (!isElement(node)) return false;
	const value = node.properties.className;
	return Array.isArray(value)
		? value.includes(name)
		: String(value ?? '')
				.split(' ')
				.includes(name);
}

/** The text of a node, as a reader sees it. */
export function textOf(node: Block | Root): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'element' || node.type === 'root') return node.children.map(textOf).join('');
	return '';
}

/** An element, built the way hast stores it. */
export function el(
	tagName: string,
	properties: Element['properties'],
	children: ElementContent[] = [],
): Element {
	return { type: 'element', tagName, properties, children };
}

/** The level of an `<h1>`…`<h6>`; undefined for anything else. */
export function headingLevel(node: Block | undefined): number | undefined {
	return isElement(node) && /^h[1-6]$/.test(node.tagName) ? Number(node.tagName[1]) : undefined;
}
