import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/projectRoot.ts';
import { findQuizzes } from '../../src/quiz/findQuizzes.ts';
import { gradeAnswer } from '../../src/quiz/gradeAnswer.ts';
import { renderQuiz } from '../../src/quiz/renderQuiz.ts';
import { testTranslations } from '../support/translations.ts';

/**
 * Every quiz of every lesson in every locale, as the page renders it: the answer key in the HTML
 * is the author's, the quiz's rule calls each wrong option wrong and the key right, and every
 * option explains itself. (The browser tests check the script that applies the rule, on one lesson.)
 */
const lessonsDir = join(projectRoot, 'lessons');
const lessons = readdirSync(lessonsDir).flatMap((locale) => {
	const dir = join(lessonsDir, locale, 'lessons');
	let bands: string[] = [];
	try {
		bands = readdirSync(dir);
	} catch {
		return [];
	}
	return bands.flatMap((band) =>
		readdirSync(join(dir, band))
			.filter((name) => /\.mdx?$/.test(name))
			.map((name) => ({ locale, path: `lessons/${locale}/lessons/${band}/${name}` })),
	);
});

/** The options of each rendered question: value, whether the key calls it right, its feedback. */
function renderedKeys(html: HastRoot) {
	const questions: { value: string; correct: boolean; feedback: string }[][] = [];
	const visit = (node: HastRoot | Element) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			if (child.properties.dataKitAnswer !== undefined) questions.push(optionsOf(child));
			else visit(child);
		}
	};
	visit(html);
	return questions;
}

function optionsOf(key: Element) {
	const options: { value: string; correct: boolean; feedback: string }[] = [];
	const visit = (node: Element) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			if (child.properties.dataOption !== undefined) {
				options.push({
					value: String(child.properties.dataOption),
					correct: child.properties.dataCorrect === 'true',
					feedback: textOf(child, (el) => el.properties.dataKitOptionFeedback !== undefined),
				});
			} else visit(child);
		}
	};
	visit(key);
	return options;
}

function textOf(node: Element, where: (el: Element) => boolean, inside = false): string {
	return node.children
		.map((child) => {
			if (child.type === 'text') return inside ? child.value : '';
			if (child.type !== 'element') return '';
			return textOf(child, where, inside || where(child));
		})
		.join('');
}

describe('quiz answer keys', () => {
	it('finds the lessons of every locale', () => {
		expect(lessons.filter((lesson) => lesson.locale === 'en').length).toBeGreaterThanOrEqual(16);
	});

	describe.each(lessons.map((lesson) => [lesson.path, lesson] as const))('%s', (path, { locale }) => {
		const root = mdxToMdast(readFileSync(join(projectRoot, path), 'utf8'), {
			features: { directive: true },
		}) as Root;
		const { quizzes, problems } = findQuizzes(root);
		const t = testTranslations.of(locale);

		it('renders a key that calls every wrong option wrong and the right ones right', () => {
			expect(problems).toEqual([]);
			for (const { quiz } of quizzes) {
				const rendered = renderedKeys(
					toHast({
						type: 'root',
						children: [
							renderQuiz(quiz, t, { correct: '', notQuite: '', missing: '', chooseFirst: '', score: {} }),
						],
					}) as HastRoot,
				);
				expect(rendered).toHaveLength(quiz.questions.length);
				quiz.questions.forEach((question, index) => {
					const options = rendered[index]!;
					const where = `${path} question ${question.number}`;
					expect(
						options.map((option) => option.correct),
						where,
					).toEqual(question.options.map((option) => option.correct));
					const right = options.filter((option) => option.correct).map((option) => option.value);
					expect(right.length, where).toBeGreaterThan(0);
					if (question.type !== 'multiple') expect(right, where).toHaveLength(1);
					expect(gradeAnswer(right, right), where).toEqual({ correct: true, missing: false });
					for (const wrong of options.filter((option) => !option.correct)) {
						expect(gradeAnswer(right, [wrong.value]).correct, `${where}: ${wrong.value}`).toBe(false);
						expect(gradeAnswer(right, [...right, wrong.value]).correct, `${where}: ${wrong.value}`).toBe(
							false,
						);
					}
					for (const option of options) expect(option.feedback.trim(), `${where}: feedback`).not.toBe('');
				});
			}
		});
	});
});
