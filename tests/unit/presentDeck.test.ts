import { describe, expect, it } from 'vitest';
import { lessonDeck } from '../../src/present/lessonDeck.ts';
import { speakerNotes } from '../../src/present/speakerNotes.ts';
import { toStudentHtml } from '../../src/lessons/studentView.ts';

/** A part heading as the kit renders it: Starlight's anchor wrapper, the minutes badge. */
const part = (id: string, title: string, minutes?: number) =>
	`<div class="sl-heading-wrapper level-h2"><h2 id="${id}">${title}${
		minutes ? ` <span class="kit-minutes" data-kit-minutes="${minutes}">(${minutes} minutes)</span>` : ''
	}</h2><a class="sl-anchor-link" href="#${id}">#</a></div>`;
const subheading = (id: string, title: string) =>
	`<div class="sl-heading-wrapper level-h3"><h3 id="${id}">${title}</h3><a class="sl-anchor-link" href="#${id}">#</a></div>`;
const note = (text: string) =>
	`<aside class="kit-teacher" data-kit-teacher="" aria-label="Teacher notes"><p>${text}</p></aside>`;
const paragraphs = (
	count: number,
	text = 'A sentence that pupils read on the screen, long enough to fill most of a line',
) => Array.from({ length: count }, (_, index) => `<p>${text} (${index + 1}).</p>`).join('');
const question = (n: number) =>
	`<form class="kit-quiz__question" data-kit-question=""><fieldset><legend><span class="kit-quiz__number">Question ${n} of 2</span> <span class="kit-quiz__prompt">Is fake harmless?</span> <span class="kit-quiz__instruction">Choose one answer.</span></legend>` +
	`<ul class="kit-quiz__options" role="list"><li><label><input type="radio"><span>Yes</span></label></li><li><label><input type="radio"><span>No</span></label></li></ul>` +
	`<details class="kit-quiz__answer" data-kit-answer=""><summary>Show the answer</summary><ul class="kit-quiz__key" role="list">` +
	`<li data-option="1" data-correct="false"><p class="kit-quiz__verdict"><strong>✗ Not right: </strong>Yes</p><div class="kit-quiz__option-feedback" data-kit-option-feedback=""><p>It can still hurt.</p></div></li>` +
	`<li data-option="2" data-correct="true"><p class="kit-quiz__verdict"><strong>✓ Right answer: </strong>No</p><div class="kit-quiz__option-feedback" data-kit-option-feedback=""><p>Fake can hurt.</p></div></li>` +
	`</ul></details></fieldset></form>`;

const lesson = [
	part('before-you-start', 'Before you start'),
	note('Know your safeguarding lead.'),
	part('warm-up', 'Warm-up', 5),
	note('Take a few answers.'),
	'<p>Talk with a partner.</p>',
	part('activity-1', 'Activity 1: Cards', 20),
	'<p>Work in groups.</p>',
	subheading('cards', 'Cards'),
	paragraphs(30),
	'<div class="kit-slide-break" data-kit-slide-break="" hidden></div>',
	'<p>After the break.</p>',
	part('quiz', 'Quiz', 5),
	`<div class="kit-quiz" data-kit-quiz="">${question(1)}${question(2)}<div data-kit-summary="" hidden></div></div>`,
].join('\n');

const deck = lessonDeck(toStudentHtml(lesson));
const slidesOf = (id: string) => deck.slides.filter((slide) => slide.part === id);

describe('the slides of a lesson', () => {
	it('has one part per timed heading, with its minutes, and no slide for a part made only of teacher notes', () => {
		expect(deck.parts).toEqual([
			{ id: 'warm-up', title: 'Warm-up', minutes: 5 },
			{ id: 'activity-1', title: 'Activity 1: Cards', minutes: 20 },
			{ id: 'quiz', title: 'Quiz', minutes: 5 },
		]);
	});

	it('never puts teacher notes on a slide', () => {
		const all = deck.slides.map((slide) => slide.html).join('');
		expect(all).not.toContain('safeguarding lead');
		expect(all).not.toContain('Take a few answers');
		expect(all).not.toContain('data-kit-teacher');
	});

	it('starts each part with its heading, and later slides with the part title', () => {
		const [first, ...rest] = slidesOf('activity-1');
		expect(first!.html).toContain('<h2 id="activity-1">Activity 1: Cards');
		for (const slide of rest) expect(slide.html).toContain('<p class="slide-kicker">Activity 1: Cards</p>');
	});

	it('goes on to another slide when a part is too long, repeating its subheading without its id', () => {
		const cards = slidesOf('activity-1').filter((slide) => slide.html.includes('Cards</h3>'));
		expect(cards.length).toBeGreaterThan(1);
		expect(cards[1]!.html).toContain('<h3 class="slide-continued">Cards</h3>');
		const text = slidesOf('activity-1')
			.map((slide) => slide.html)
			.join('');
		for (let n = 1; n <= 30; n++) expect(text).toContain(`(${n}).</p>`);
	});

	it('starts a new slide at an author’s ::slide-break', () => {
		const after = slidesOf('activity-1').find((slide) => slide.html.includes('After the break.'));
		expect(after!.html).not.toContain('(30).');
		expect(after!.html).not.toContain('kit-slide-break');
	});

	it('gives each quiz question a slide of its own, its answer to reveal, and no form to fill in', () => {
		const questions = deck.slides.filter((slide) => slide.kind === 'question');
		expect(questions.map((slide) => slide.title)).toEqual(['Question 1 of 2', 'Question 2 of 2']);
		const [first, second] = questions.map((slide) => slide.html);
		expect(first).toContain('<h2 id="quiz">Quiz');
		expect(second).toContain('<p class="slide-kicker">Quiz · Question 2 of 2</p>');
		expect(first).toContain('<li data-correct="true"><span class="slide-option">No</span>');
		expect(first).toContain('<strong>✓ Right answer: </strong><p>Fake can hurt.</p>');
		expect(first).toContain(
			'<details class="slide-reveal" data-kit-reveal=""><summary>Show the answer</summary>',
		);
		expect(first).not.toMatch(/<(form|input)\b/);
	});

	it('splits a long list between items, numbering on, and a table between rows, repeating its header', () => {
		const items = Array.from(
			{ length: 40 },
			(_, i) => `<li>Step ${i + 1} of the plan, described in a sentence or two for the class.</li>`,
		);
		const rows = Array.from(
			{ length: 40 },
			(_, i) => `<tr><td>${i + 1}</td><td>A row of the table with enough words to fill a line.</td></tr>`,
		);
		const long = lessonDeck(
			part('a', 'A', 10) +
				`<ol>${items.join('')}</ol>` +
				part('b', 'B', 10) +
				`<table><thead><tr><th>N</th><th>Text</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
		);
		const lists = long.slides.filter((slide) => slide.part === 'a');
		expect(lists.length).toBeGreaterThan(1);
		expect(lists[1]!.html).toMatch(/<ol start="\d+">/);
		const tables = long.slides.filter((slide) => slide.part === 'b');
		expect(tables.length).toBeGreaterThan(1);
		for (const slide of tables)
			expect(slide.html).toContain('<thead><tr><th>N</th><th>Text</th></tr></thead>');
	});
});

describe('the speaker notes of a lesson', () => {
	const notes = speakerNotes(
		lesson,
		deck.parts.map((entry) => entry.id),
	);

	it('keys each part’s teacher notes by its heading, and notes before the first slide to the title slide', () => {
		expect(notes.get('')).toContain('Know your safeguarding lead.');
		expect(notes.get('warm-up')).toContain('Take a few answers.');
		expect(notes.has('activity-1')).toBe(false);
	});

	it('gives a part’s notes as the lesson wrote them, nested ones too, one after the other', () => {
		const written = '<aside data-kit-teacher="" class=\'kit-teacher\'><p>Ask &amp; listen.</p></aside>';
		const html = [
			part('warm-up', 'Warm-up', 5),
			written,
			'<div class="kit-box"><p>Pupils read.</p><aside data-kit-teacher=""><p>Nested note.</p></aside></div>',
		].join('\n');
		expect(speakerNotes(html, ['warm-up']).get('warm-up')).toBe(
			`${written}<aside data-kit-teacher=""><p>Nested note.</p></aside>`,
		);
	});
});
