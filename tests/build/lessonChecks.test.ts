import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { buildFixture, fixture } from '../support/buildFixture.ts';

/** Lessons whose timings or quizzes are written wrongly never reach the published site. */
describe('the build checks timings and quizzes in lessons', () => {
	it('fails when the timed parts do not add up to the duration, naming the file and both numbers', () => {
		const build = buildFixture({
			'lessons/en/index.mdx': fixture('home.mdx'),
			'lessons/en/lessons/11-13/ask-first.mdx': fixture('lesson-bad-duration.mdx'),
		});
		onTestFinished(build.remove);
		expect(build.status).not.toBe(0);
		expect(build.output).toContain('lessons/en/lessons/11-13/ask-first.mdx');
		expect(build.output).toContain(
			"the timed parts add up to 40 minutes (Warm-up 5, Activity 1: Ask first 25, Plenary 5, Quiz 5), but the lesson's duration is 45 minutes.",
		);
		expect(existsSync(join(build.root, 'dist/en/index.html'))).toBe(false);
	});

	it('fails on broken quiz questions, naming the file, the line, the question number and the fix', () => {
		const build = buildFixture({
			'lessons/en/index.mdx': fixture('home.mdx'),
			'lessons/en/lessons/11-13/bad-quiz.mdx': fixture('lesson-bad-quiz.mdx'),
		});
		onTestFinished(build.remove);
		expect(build.status).not.toBe(0);
		expect(build.output).toContain('2 problems in lessons/en/lessons/11-13/bad-quiz.mdx');
		expect(build.output).toContain(
			'lessons/en/lessons/11-13/bad-quiz.mdx:48: quiz question 2: no option is marked correct. Mark the right answer with "- [x]".',
		);
		expect(build.output).toContain(
			'lessons/en/lessons/11-13/bad-quiz.mdx:61: quiz question 3: the option "A parent or carer" has no feedback.',
		);
		expect(existsSync(join(build.root, 'dist/en/index.html'))).toBe(false);
	});
});
