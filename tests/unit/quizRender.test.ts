import { pathToFileURL } from 'node:url';
import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { kitMarkdown } from '../../src/markdown/kitMarkdown.ts';
import { testTranslations } from '../support/translations.ts';

const plugin = kitMarkdown({
	locales: ['en', 'nl', 'es', 'fr', 'ar'],
	defaultLocale: 'en',
	translations: testTranslations,
});

function render(markdown: string, file = 'lessons/en/lessons/11-13/quiz.mdx') {
	// The kit's plugin is synchronous, so the result is too.
	const result = markdownToHtml(markdown, {
		mdastPlugins: [plugin],
		features: { directive: true },
		fileURL: pathToFileURL(file),
	}) as MarkdownToHtmlResult;
	return result.html;
}

const quiz = `::::question{type="multiple"}
Which of these **help**?

- [x] Telling an adult
  > An adult can help report it.
- [ ] Sharing it to warn people
  > Sharing spreads it further.

:::hint
Think about the person in the picture.
:::

:::explanation
Telling and reporting help; sharing never does.
:::
::::

:::question{type="single"}
Second question?

- [x] Yes
  > Right.
- [ ] No
  > Not this one.
:::
`;

describe('a quiz in the page', () => {
	const html = render(quiz);

	it('makes each question a form with a fieldset and a legend holding the number and the question', () => {
		expect(html.match(/<form class="kit-quiz__question"/g)).toHaveLength(2);
		expect(html).toContain(
			'<legend><span class="kit-quiz__number">Question 1 of 2</span> <span class="kit-quiz__prompt">Which of these <strong>help</strong>?</span> <span class="kit-quiz__instruction">Select all that apply.</span></legend>',
		);
		expect(html).toContain('<span class="kit-quiz__instruction">Choose one answer.</span>');
	});

	it('uses native checkboxes for multiple choice and radio buttons for single choice, each inside its label', () => {
		expect(html).toContain(
			'<label><input type="checkbox" name="kit-quiz-1-1" value="1"><span>Telling an adult</span></label>',
		);
		expect(html).toContain(
			'<label><input type="radio" name="kit-quiz-1-2" value="2"><span>No</span></label>',
		);
	});

	it('has a check button (shown by the script), a live region, a hint, and an answer key for use without JavaScript', () => {
		expect(html).toContain(
			'<p class="kit-quiz__actions" data-kit-actions="" hidden><button type="submit" class="kit-quiz__button">Check answer</button></p>',
		);
		expect(html).toContain(
			'<div class="kit-quiz__feedback" aria-live="polite" data-kit-feedback="" data-pagefind-ignore="">',
		);
		expect(html).toContain('<details class="kit-quiz__hint"><summary>Hint</summary>');
		expect(html).toMatch(
			/<details class="kit-quiz__answer" data-kit-answer="" data-pagefind-ignore=""><summary>Show the answer<\/summary>/,
		);
		expect(html).toContain('<strong>✓ Right answer: </strong>Telling an adult');
		expect(html).toContain('<strong>✗ Not right: </strong>Sharing it to warn people');
		expect(html).toContain('<p>Sharing spreads it further.</p>');
		expect(html).toContain('<p>Telling and reporting help; sharing never does.</p>');
	});

	it('puts the score texts, with every plural form of the locale, on the quiz for the script', () => {
		expect(html).toContain('data-score-one="You got {{count}} question right out of {{total}}."');
		expect(html).toContain('data-score-other="You got {{count}} questions right out of {{total}}."');
		const arabic = render(quiz, 'lessons/ar/lessons/11-13/quiz.mdx');
		for (const category of ['zero', 'one', 'two', 'few', 'many', 'other']) {
			expect(arabic).toContain(`data-score-${category}=`);
		}
		expect(arabic).toContain('تحقق من الإجابة');
	});

	it('keeps answers and feedback out of search results', () => {
		const withoutIgnored = html.replace(
			/<(details|div) class="kit-quiz__(answer|feedback|summary)[\s\S]*?<\/\1>/g,
			'',
		);
		expect(withoutIgnored).not.toContain('Sharing spreads it further.');
		expect(withoutIgnored).not.toContain('Right answer');
	});
});

describe('timings and teacher notes', () => {
	it('shows :minutes[N] in the reader’s language with the right plural', () => {
		expect(render('## Warm-up :minutes[1]\n')).toContain(
			'<h2>Warm-up <span class="kit-minutes" data-kit-minutes="1">(1 minute)</span></h2>',
		);
		expect(render('## Opwarmer :minutes[5]\n', 'lessons/nl/lessons/11-13/x.mdx')).toContain('(5 minuten)');
	});

	it('renders :::teacher as a labelled note, with a default or an own label', () => {
		expect(render(':::teacher\nAsk the class.\n:::\n').trim()).toBe(
			'<aside class="kit-teacher" data-kit-teacher="" aria-label="Teacher notes"><p class="kit-teacher__title" aria-hidden="true">Teacher notes</p><div class="kit-teacher__content"><p>Ask the class.</p></div></aside>',
		);
		expect(render(':::teacher[Answers]\nB.\n:::\n')).toContain('aria-label="Answers"');
	});

	it('refuses an image without alt text', () => {
		expect(() => render('![](./images/park.svg)\n')).toThrow(
			'lessons/en/lessons/11-13/quiz.mdx:1: the image ./images/park.svg has no alt text.',
		);
	});

	it('stops at the first mistake with the file, line and question number, listing every problem', () => {
		expect(() =>
			render(
				`:::question{type="single"}\nQ?\n\n- [ ] A\n  > No.\n- [ ] B\n  > No.\n:::\n\n:::teachr\nx\n:::\n`,
			),
		).toThrow(
			/2 problems in lessons\/en\/lessons\/11-13\/quiz\.mdx:\n {2}lessons\/en\/lessons\/11-13\/quiz\.mdx:1: quiz question 1: no option is marked correct[^\n]*\n {2}lessons\/en\/lessons\/11-13\/quiz\.mdx:10: ":::teachr" is not a block the kit knows/,
		);
	});
});
