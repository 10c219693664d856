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
});
