import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent, contentProblem } from '../support/compileContent.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../build/fixtures', name), 'utf8');

/** Lessons whose timings or quizzes are written wrongly stop the build (checked in memory here). */
describe('the build checks timings and quizzes in lessons', () => {
	it('fails when the timed parts do not add up to the duration, naming the file and both numbers', () => {
		const message = contentProblem(
			fixture('lesson-bad-duration.mdx'),
			'lessons/en/lessons/11-13/ask-first.mdx',
		);
		expect(message).toContain('lessons/en/lessons/11-13/ask-first.mdx:1:');
		expect(message).toContain(
			"the timed parts add up to 40 minutes (Warm-up 5, Activity 1: Ask first 25, Plenary 5, Quiz 5), but the lesson's duration is 45 minutes.",
		);
	});

	it('checks the duration of a lesson known only by its folder, and not of other pages', () => {
		const source = fixture('lesson-bad-duration.mdx').replace('kind: lesson\n', '');
		expect(contentProblem(source, 'lessons/en/lessons/11-13/ask-first.mdx')).toContain(
			'add up to 40 minutes',
		);
		expect(contentProblem(source, 'lessons/en/teachers/ask-first.mdx')).toBeUndefined();
	});

	it('fails on broken quiz questions, naming the file, the line, the question number and the fix', () => {
		const message = contentProblem(fixture('lesson-bad-quiz.mdx'), 'lessons/en/lessons/11-13/bad-quiz.mdx');
		expect(message).toContain('2 problems in lessons/en/lessons/11-13/bad-quiz.mdx');
		expect(message).toContain(
			'lessons/en/lessons/11-13/bad-quiz.mdx:48: quiz question 2: no option is marked correct. Mark the right answer with "- [x]".',
		);
		expect(message).toContain(
			'lessons/en/lessons/11-13/bad-quiz.mdx:61: quiz question 3: the option "A parent or carer" has no feedback.',
		);
	});

	it('reports problems of different checks in one message, in line order', () => {
		const message = contentProblem(
			'---\ntitle: Extra\n---\n\n## Part :minutes[x]\n\n#### Detail\n\n![](./park.svg)\n\n:::warning\nHi\n:::\n',
			'lessons/en/extra.mdx',
		)!;
		const lines = message.split('\n').slice(1);
		expect(message).toMatch(/^4 problems in lessons\/en\/extra\.mdx:/);
		expect(lines.map((line) => /:(\d+):/.exec(line)?.[1])).toEqual(['5', '7', '9', '11']);
		expect(lines[0]).toContain(':minutes[x] needs a whole number of minutes');
		expect(lines[1]).toContain('the heading "Detail" is level 4 but follows level 2. Use "###"');
		expect(lines[2]).toContain('the image ./park.svg has no alt text.');
		expect(lines[3]).toContain('":::warning" is not a block the kit knows.');
	});
});

describe('the checks find what they look for anywhere in the page', () => {
	const page = [
		'---\ntitle: Extra\n---\n',
		'Before :minutes[5] any heading.\n',
		'## Warm-up :minutes[5]\n',
		':::note\n### Inside an aside :minutes[3]\n:::\n',
		':::hint\nA hint on its own.\n:::\n',
		':::question{type="single"}\nIs it?\n\n- [x] Yes\n  > Right.\n- [ ] No\n  > Wrong.\n\n:::\n',
		'Between the quizzes.\n',
		':::question{type="single"}\nAnd this?\n\n- [ ] Yes\n  > Wrong.\n- [ ] No\n  > Wrong.\n\n:::\n',
	].join('\n');

	it('reports a timing outside a heading, a hint outside a question, and numbers questions across quizzes', () => {
		const lines = contentProblem(page, 'lessons/en/extra.mdx')!.split('\n').slice(1);
		expect(lines).toHaveLength(3);
		expect(lines[0]).toMatch(/extra\.mdx:5: :minutes\[…\] belongs at the end of a heading/);
		expect(lines[1]).toMatch(/extra\.mdx:13: :::hint must be inside a :::question block/);
		expect(lines[2]).toMatch(/extra\.mdx:29: quiz question 2: no option is marked correct/);
	});

	it('times parts in headings nested in other blocks, and reads each run of questions as one quiz', () => {
		const valid = page
			.replace('Before :minutes[5] any heading.', 'Before any heading.')
			.replace(':::hint\nA hint on its own.\n:::', '')
			.replace('- [ ] Yes\n  > Wrong.', '- [x] Yes\n  > Right.');
		const { html, frontmatter } = compileContent(valid, 'lessons/en/extra.mdx');
		expect(frontmatter.kitPlan).toEqual([
			{ title: 'Warm-up', minutes: 5, line: 7 },
			{ title: 'Inside an aside', minutes: 3, line: 10 },
		]);
		expect(
			(frontmatter.kitQuizzes as { number: number; questions: unknown[] }[]).map((quiz) => [
				quiz.number,
				quiz.questions.length,
			]),
		).toEqual([
			[1, 1],
			[2, 1],
		]);
		expect(html.match(/data-kit-quiz=""/g)).toHaveLength(2);
		expect(html).toContain(
			'<h2>Warm-up <span class="kit-minutes" data-kit-minutes="5">(5 minutes)</span></h2>',
		);
	});
});

describe('law cards', () => {
	const page = (directive: string) => `---\ntitle: Law\n---\n\nThe law:\n\n${directive}\n`;

	it('carry, hidden, the default law of every locale whose pages show them, and link every country', () => {
		const helpCountries = { en: ['GB'], nl: ['NL', 'BE'], ar: [] };
		const packsIn = (html: string) => [...html.matchAll(/data-kit-law-pack="([a-z]+)"/g)].map((m) => m[1]);
		// An English page is also shown in locales that have not translated it yet: their law comes too.
		const english = compileContent(page('::law-card{topics="sharing"}'), 'lessons/en/teachers/law.mdx', {
			helpCountries,
		}).html;
		expect(english).toContain('data-kit-law-topics="sharing"');
		expect(packsIn(english)).toEqual(['gb', 'nl', 'international', 'eu']);
		expect(english).toMatch(/data-kit-law-pack="nl"[^>]*hidden/);
		expect(english).toContain('href="/en/law/us/"');
		// A translation is shown in its own locale only.
		const dutch = compileContent(page('::law-card{topics="sharing"}'), 'lessons/nl/teachers/law.mdx', {
			helpCountries,
		}).html;
		expect(packsIn(dutch)).toEqual(['nl', 'eu']);
		expect(dutch).toContain('href="/nl/law/us/"');
	});

	it('stop the build on an unknown topic or pack, naming the file, the line and what to use', () => {
		expect(contentProblem(page('::law-card{topics="sharing laws"}'), 'lessons/en/x.mdx')).toContain(
			'lessons/en/x.mdx:7: ::law-card needs topics from: fake-adult, fake-child, sharing, child-images, sextortion, ages, platforms, police, regions ("laws" is not one)',
		);
		expect(contentProblem(page('::law-card{topics="sharing" country="KR"}'), 'lessons/en/x.mdx')).toContain(
			'lessons/en/x.mdx:7: ::law-card country="KR": there is no pack countries/kr/.',
		);
	});
});
