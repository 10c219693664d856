import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { findQuizzes } from '../../src/quiz/findQuizzes.ts';

function read(markdown: string) {
	return findQuizzes(markdownToMdast(markdown, { features: { directive: true } }) as Root);
}

const single = `:::question{type="single"}
Who decides if a picture of **you** is shared?

- [ ] Anyone in the group chat.
  > It is your picture, so the group doesn't decide.
- [x] You do.
  > Yes: you get to say yes or no.
:::
`;

describe('reading quizzes written in Markdown', () => {
	it('reads a single-choice question: text, options, which is correct, and feedback for each', () => {
		const { quizzes, problems } = read(single);
		expect(problems).toEqual([]);
		expect(quizzes).toHaveLength(1);
		const [question] = quizzes[0]!.quiz.questions;
		expect(question).toMatchObject({ number: 1, line: 1, type: 'single' });
		expect(question!.prompt.map((node) => node.type)).toEqual(['text', 'strong', 'text']);
		expect(question!.options.map(({ text, correct }) => [text, correct])).toEqual([
			['Anyone in the group chat.', false],
			['You do.', true],
		]);
		// The quote marks feedback in the source; the feedback itself is the paragraph inside.
		expect(question!.options[1]!.feedback).toEqual([
			{ type: 'paragraph', children: [{ type: 'text', value: 'Yes: you get to say yes or no.' }] },
		]);
	});

	it('reads multiple-choice and true/false questions, with a hint and an explanation', () => {
		const { quizzes, problems } = read(`::::question{type="multiple"}
Which help?

- [x] Telling an adult
  > Yes.
- [x] Reporting it
  > Yes.
- [ ] Sharing it
  > No.

:::hint
Think about the person in it.
:::

:::explanation
Telling and reporting both help.
:::
::::

:::question{type="true-false"}
Fake pictures can't hurt.

- [ ] True
  > They can.
- [x] False
  > Right.
:::
`);
		expect(problems).toEqual([]);
		const [multiple, trueFalse] = quizzes[0]!.quiz.questions;
		expect(multiple!.type).toBe('multiple');
		expect(multiple!.options.filter((option) => option.correct)).toHaveLength(2);
		expect(multiple!.hint).toHaveLength(1);
		expect(multiple!.explanation).toHaveLength(1);
		expect(trueFalse!).toMatchObject({ type: 'true-false', number: 2 });
	});

	it('makes questions that follow each other one quiz, and starts a new quiz after other content', () => {
		const { quizzes } = read(`${single}\n${single}\nSome text.\n\n${single}`);
		expect(quizzes.map(({ quiz }) => [quiz.number, quiz.questions.map((q) => q.number)])).toEqual([
			[1, [1, 2]],
			[2, [3]],
		]);
	});

	it('reads quizzes inside other blocks, such as a teacher note', () => {
		const { quizzes } = read(`::::teacher\n${single}::::\n`);
		expect(quizzes).toHaveLength(1);
	});
});

describe('quiz mistakes the build reports', () => {
	const problemsIn = (markdown: string) => read(markdown).problems;

	it.each([
		['a question with no correct option', single.replace('- [x]', '- [ ]'), 'no option is marked correct'],
		[
			'a single-choice question with several correct options',
			single.replace('- [ ]', '- [x]'),
			'a "single" question has exactly one correct option, but 2 are marked',
		],
		[
			'fewer than two options',
			`:::question{type="single"}\nQ?\n\n- [x] Only\n  > Yes.\n:::\n`,
			'the question has 1 option; it needs at least two',
		],
		[
			'two identical options',
			single.replace('Anyone in the group chat.', 'You do.'),
			'two options say "You do."',
		],
		[
			'an option without feedback',
			single.replace("  > It is your picture, so the group doesn't decide.\n", ''),
			'the option "Anyone in the group chat." has no feedback',
		],
		[
			'an empty question',
			single.replace('Who decides if a picture of **you** is shared?\n\n', ''),
			'the question has no text',
		],
		[
			'an unknown question type',
			single.replace('single', 'essay'),
			'"essay" is not a question type. Use one of: single, multiple, true-false',
		],
		['a missing question type', single.replace('{type="single"}', ''), 'the question has no type'],
		[
			'options that are not a task list',
			`:::question{type="single"}\nQ?\n\n- Yes\n- No\n:::\n`,
			'the options must be a task list',
		],
		['a question with no options', `:::question{type="single"}\nQ?\n:::\n`, 'the question has no options'],
		[
			'a true/false question with three options',
			single.replace('single', 'true-false').replace(':::\n', '- [ ] Maybe\n  > No.\n:::\n'),
			'a "true-false" question has exactly two options',
		],
		['a hint outside a question', `:::hint\nThink.\n:::\n`, ':::hint must be inside a :::question block'],
		[
			'content after the options',
			single.replace(':::\n', '\nMore text.\n:::\n'),
			'unexpected paragraph after the options',
		],
	])('%s', (_name, markdown, message) => {
		const problems = problemsIn(markdown);
		expect(problems.map((problem) => problem.message).join('\n')).toContain(message);
		expect(problems.every((problem) => problem.line > 0)).toBe(true);
	});

	it('reports every problem in a file at once, each with its question number and line', () => {
		const problems = problemsIn(`${single.replace('- [x]', '- [ ]')}\n${single.replace('single', 'essay')}`);
		expect(problems).toEqual([
			expect.objectContaining({
				question: 1,
				line: 1,
				message: expect.stringContaining('no option is marked correct'),
			}),
			expect.objectContaining({ question: 2, line: 10, message: expect.stringContaining('"essay"') }),
		]);
	});
});
