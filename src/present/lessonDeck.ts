import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { el, hasClass, headingLevel, isElement, textOf, type Block, type LessonDeck } from './deckModel.ts';
import { isQuestion, questionSlide } from './questionSlide.ts';
import { blocksOf, keepsWithNext } from './slideBlocks.ts';
import { blockLines, KICKER_LINES, PART_HEADING_LINES, SLIDE_LINES } from './slideSize.ts';
import { splitBlock } from './splitBlock.ts';

/**
 * A lesson's slides, from its student view's HTML (teacher notes are not in it): each `##` part
 * starts a slide, so do its `###` subheadings and the author's `::slide-break` markers; each quiz
 * question gets a slide of its own; a part too long for one slide goes on to the next one, split
 * between blocks, list items or table rows. Read as a tree, never with regular expressions.
 * `room` is how many lines of body text fit (fewer in scripts set with more line height).
 */
export function lessonDeck(studentHtml: string, room = SLIDE_LINES): LessonDeck {
	const deck: LessonDeck = { parts: [], slides: [] };
	let partId = '';
	let kicker = '';
	let partHeading: Element | undefined;
	let subheading: Element | undefined;
	/** The subsection the slide being filled goes on with, from the slide before. */
	let continuing: Element | undefined;
	let body: Block[] = [];
	let used = 0;
	const lines = (blocks: Block[]) => blocks.reduce((sum, block) => sum + blockLines(block), 0);
	const header = (): ElementContent[] => {
		const heading = partHeading;
		partHeading = undefined;
		if (heading) return [heading];
		return kicker ? [el('p', { className: ['slide-kicker'] }, [{ type: 'text', value: kicker }])] : [];
	};
	const startLines = (next: Block[]) =>
		(partHeading ? PART_HEADING_LINES : KICKER_LINES) +
		(subheading && headingLevel(next[0]) === undefined ? blockLines(subheading) : 0);
	const flush = () => {
		const content = body.filter((block) => !keepsWithNext(block));
		if (content.length === 0) return;
		const cut = body.findLastIndex((block) => !keepsWithNext(block)) + 1;
		const [kept, carried] = [body.slice(0, cut), body.slice(cut)];
		const continued = continuing && headingLevel(kept[0]) === undefined && !partHeading;
		const children = [...header(), ...(continued ? [copyOf(continuing!)] : []), ...kept];
		const title = children.find((child) => headingLevel(child) !== undefined);
		deck.slides.push({
			kind: 'content',
			part: partId,
			title: title ? titleOf(title) : kicker,
			html: html(children),
		});
		body = carried;
		continuing = subheading;
		used = startLines(carried) + lines(carried);
	};
	const add = (block: Block) => {
		const size = blockLines(block);
		if (used + size <= room) {
			body.push(block);
			used += size;
			return;
		}
		const pieces = splitBlock(block, room - used, room - startLines([]));
		pieces.forEach((piece, index) => {
			if (body.some((block) => !keepsWithNext(block)) && (index > 0 || used + blockLines(piece) > room))
				flush();
			body.push(piece);
			used += blockLines(piece);
		});
	};

	const blocks = blocksOf(studentHtml);
	blocks.forEach((block, index) => {
		const level = headingLevel(block);
		if (level === 2 && isElement(block)) {
			flush();
			partId = String(block.properties.id ?? '');
			kicker = titleOf(block);
			const minutes = findMinutes(block);
			deck.parts.push({ id: partId, title: kicker, minutes });
			partHeading = block;
			subheading = continuing = undefined;
			body = [];
			used = PART_HEADING_LINES;
		} else if (hasClass(block, 'kit-slide-break')) {
			flush();
		} else if (level === 3 && isElement(block)) {
			// A subsection starts a slide, unless the slide so far is short and it fits whole below.
			const section = lines(sectionAt(blocks, index));
			if (used > room * SPARSE || used + section > room) flush();
			subheading = block;
			add(block);
		} else if (isQuestion(block) && isElement(block)) {
			flush();
			const question = questionSlide(block);
			const title = question.number.map(textOf).join('').trim() || question.title;
			// "Quiz · Question 2 of 6" on one line; under the part's heading, the number on its own.
			const [top] = header();
			const number = hasClass(top, 'slide-kicker')
				? el('p', { className: ['slide-kicker'] }, [{ type: 'text', value: `${kicker} · ${title}` }])
				: el('p', { className: ['slide-number'] }, question.number);
			const children = [
				...(top && !hasClass(top, 'slide-kicker') ? [top] : []),
				number,
				...question.children,
			];
			deck.slides.push({ kind: 'question', part: partId, title, html: html(children) });
			used = startLines([]);
		} else {
			add(block);
		}
	});
	flush();
	return deck;
}

/** A slide filled less than this far takes the next subsection too, if it fits whole. */
const SPARSE = 0.45;

/** A subsection: its heading and the blocks up to the next heading, marker or question. */
function sectionAt(blocks: Block[], start: number): Block[] {
	const end = blocks.findIndex(
		(block, index) =>
			index > start && (headingLevel(block) !== undefined ? headingLevel(block)! <= 3 : isBreak(block)),
	);
	return blocks.slice(start, end === -1 ? undefined : end);
}

const isBreak = (block: Block) => hasClass(block, 'kit-slide-break') || isQuestion(block);

/** A heading's text without its "(N minutes)". */
function titleOf(heading: Block): string {
	if (!isElement(heading)) return '';
	return heading.children
		.filter((child) => !hasClass(child, 'kit-minutes'))
		.map(textOf)
		.join('')
		.trim();
}

function findMinutes(heading: Element): number | undefined {
	const badge = heading.children.find((child) => hasClass(child, 'kit-minutes'));
	return isElement(badge) ? Number(badge.properties.dataKitMinutes) || undefined : undefined;
}

/** A subheading repeated at the top of the slide that continues its section, without its id. */
function copyOf(heading: Element): Element {
	const { id: _id, ...properties } = heading.properties;
	return { ...heading, properties: { ...properties, className: ['slide-continued'] } };
}

function html(children: Block[]): string {
	return toHtml({ type: 'root', children: children as ElementContent[] });
}
