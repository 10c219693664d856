import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

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
 */
export function toStudentHtml(html: string, localise: (href: string) => string = (href) => href): string {
	const root = fromHtml(html, { fragment: true });
	forPupils(root, localise);
	root.children = withoutEmptySections(root.children);
	root.children = withWritingSpace(root.children);
	return toHtml(root);
}

/** In one walk of the tree: takes teacher notes out, and points links to lessons at their student views. */
function forPupils(node: Root | Element, localise: (href: string) => string) {
	node.children = node.children.filter(
		(child) => !(child.type === 'element' && child.properties.dataKitTeacher !== undefined),
	) as typeof node.children;
	for (const child of node.children) {
		if (child.type !== 'element') continue;
		if (child.tagName === 'a' && typeof child.properties.href === 'string') {
			const lesson = LESSON_LINK.exec(child.properties.href);
			if (lesson) child.properties.href = `${lesson[1]}student/${lesson[2] ?? ''}`;
			if (child.properties.hrefLang === undefined) child.properties.href = localise(child.properties.href);
		}
		forPupils(child, localise);
	}
}

/** 2 for an `<h2>` or its Starlight anchor wrapper, and so on; undefined for anything else. */
function headingLevel(node: RootContent): number | undefined {
	if (node.type !== 'element') return undefined;
	const heading = /^h([1-6])$/.exec(node.tagName) ? node : node.children.find(isHeadingElement);
	if (!heading || (heading !== node && !String(node.properties.className).includes('sl-heading-wrapper'))) {
		return undefined;
	}
	return Number((heading as Element).tagName[1]);
}

function isHeadingElement(node: ElementContent): node is Element {
	return node.type === 'element' && /^h[1-6]$/.test(node.tagName);
}

function isBlank(node: RootContent) {
	return node.type === 'text' ? node.value.trim() === '' : node.type === 'comment';
}

/** Drops headings whose section is now empty, from the deepest up (an h2 left with only empty h3s goes too). */
function withoutEmptySections(nodes: RootContent[]): RootContent[] {
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

function withWritingSpace(nodes: RootContent[]): RootContent[] {
	const out: RootContent[] = [];
	let inTimedPart = false;
	let hasQuiz = false;
	const close = () => {
		if (inTimedPart && !hasQuiz) out.push(writingSpace());
	};
	for (const node of nodes) {
		if (headingLevel(node) === 2) {
			close();
			inTimedPart = hasProperty(node, 'dataKitMinutes');
			hasQuiz = false;
		} else if (hasProperty(node, 'dataKitQuiz')) {
			hasQuiz = true;
		}
		out.push(node);
	}
	close();
	return out;
}

/** Whether the node or anything inside it has the (hast-named) property, e.g. `dataKitQuiz`. */
function hasProperty(node: RootContent | ElementContent, name: string): boolean {
	if (node.type !== 'element') return false;
	return node.properties[name] !== undefined || node.children.some((child) => hasProperty(child, name));
}

function writingSpace(): Element {
	return {
		type: 'element',
		tagName: 'div',
		properties: { className: ['kit-write'], ariaHidden: 'true' },
		children: Array.from({ length: WRITING_LINES }, () => ({
			type: 'element' as const,
			tagName: 'span',
			properties: {},
			children: [],
		})),
	};
}
