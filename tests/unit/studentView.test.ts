import { describe, expect, it } from 'vitest';
import { toStudentHtml } from '../../src/lessons/studentView.ts';

describe('the student view of a lesson', () => {
	it('removes teacher notes from the HTML and keeps what pupils read', () => {
		const html = toStudentHtml(
			'<p>Talk with a partner.</p><aside data-kit-teacher=""><p>Take a few answers.</p></aside>',
		);
		expect(html).toContain('Talk with a partner.');
		expect(html).not.toContain('Take a few answers.');
	});

	it('sends links to other lessons to their student views, keeping the section', () => {
		const html = toStudentHtml(
			'<p><a href="/en/lessons/17-19/who-is-responsible/">Who is responsible?</a> and ' +
				'<a href="/en/lessons/8-10/ask-first/#quiz">its quiz</a></p>',
		);
		expect(html).toContain('href="/en/lessons/17-19/who-is-responsible/student/"');
		expect(html).toContain('href="/en/lessons/8-10/ask-first/student/#quiz"');
	});

	it('leaves every other link as it is', () => {
		const links = [
			'/en/help/',
			'/en/lessons/',
			'/en/lessons/8-10/',
			'/en/lessons/8-10/ask-first/student/',
			'https://example.org/en/lessons/8-10/ask-first/',
			'#quiz',
		];
		const html = toStudentHtml(links.map((href) => `<a href="${href}">x</a>`).join(' '));
		for (const href of links) expect(html).toContain(`href="${href}"`);
	});

	it('then lets links follow the reader’s locale, in the same walk, except a link that names its language', () => {
		const html = toStudentHtml(
			'<p><a href="/en/lessons/8-10/ask-first/">Ask first</a> ' +
				'<a href="/kit/en/lessons/8-10/ask-first/student/" hreflang="en">English</a></p>',
			(href) => `/kit${href.replace(/^\/en\//, '/nl/')}`,
		);
		expect(html).toContain('href="/kit/nl/lessons/8-10/ask-first/student/"');
		expect(html).toContain('href="/kit/en/lessons/8-10/ask-first/student/" hreflang="en"');
	});

	it('removes teacher notes wherever they are, with everything inside them', () => {
		const html = toStudentHtml(
			'<div class="kit-box"><p>Read this.</p><aside data-kit-teacher=""><p>Outer note ' +
				'<a href="/en/lessons/8-10/ask-first/">link</a></p><div data-kit-teacher="">Inner note</div></aside></div>',
		);
		expect(html).toBe('<div class="kit-box"><p>Read this.</p></div>');
	});

	it('drops headings left with nothing under them, deepest first, so an h2 with only empty h3s goes too', () => {
		const html = toStudentHtml(
			[
				wrapped(2, 'intro', 'Intro'),
				'<p>Pupils read.</p>',
				wrapped(2, 'plan', 'Plan'),
				wrapped(3, 'prepare', 'Prepare'),
				note('Print the cards.'),
				'<!-- a comment -->',
				wrapped(3, 'timing', 'Timing'),
				note('Keep it short.'),
				wrapped(2, 'end', 'End'),
				'<p>Goodbye.</p>',
				'<h3 id="last">Last</h3>',
				note('Nothing for pupils here.'),
			].join('\n'),
		);
		for (const id of ['intro', 'end']) expect(html).toContain(`id="${id}"`);
		for (const id of ['plan', 'prepare', 'timing', 'last']) expect(html).not.toContain(`id="${id}"`);
		expect(html).toContain('<p>Goodbye.</p>');
	});

	it('gives each timed part without a quiz six lines to write on, at its end', () => {
		const lines = `<div class="kit-write" aria-hidden="true">${'<span></span>'.repeat(6)}</div>`;
		const html = toStudentHtml(
			[
				wrapped(2, 'before', 'Before you start'),
				'<p>Untimed.</p>',
				wrapped(2, 'warm-up', 'Warm-up', 5),
				'<p>Talk.</p>',
				wrapped(2, 'quiz', 'Quiz', 5),
				'<div class="kit-quiz" data-kit-quiz=""><form></form></div>',
				wrapped(2, 'activity', 'Activity', 10),
				'<p>Work.</p>',
			].join('\n'),
		);
		expect(html.split(lines)).toHaveLength(3);
		expect(html.indexOf(lines)).toBeGreaterThan(html.indexOf('<p>Talk.</p>'));
		expect(html.indexOf(lines)).toBeLessThan(html.indexOf('id="quiz"'));
		expect(html.endsWith(`<p>Work.</p>${lines}`)).toBe(true);
	});

	it('keeps every byte it does not change, character references and quoting as written', () => {
		const source = `<p title='say "hi"'>Fish &amp; chips&nbsp;<a href="/en/help/?a=1&amp;b=2">help</a></p>`;
		expect(toStudentHtml(source)).toBe(source);
	});
});

/** A heading as Starlight renders it (anchor wrapper), with the kit's minutes badge if timed. */
function wrapped(level: number, id: string, title: string, minutes?: number) {
	const badge = minutes
		? ` <span class="kit-minutes" data-kit-minutes="${minutes}">(${minutes} minutes)</span>`
		: '';
	return `<div class="sl-heading-wrapper level-h${level}"><h${level} id="${id}">${title}${badge}</h${level}><a class="sl-anchor-link" href="#${id}">#</a></div>`;
}

const note = (text: string) => `<aside class="kit-teacher" data-kit-teacher=""><p>${text}</p></aside>`;
