import type { Root } from 'mdast';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { findQuizzes } from '../../quiz/findQuizzes.ts';
import { renderQuiz } from '../../quiz/renderQuiz.ts';
import { problemsOf } from '../problems.ts';
import { frontmatterOf, type KitMarkdownSetup } from '../setup.ts';

/**
 * `:::question` blocks: checks every question, renders each quiz as accessible forms in the page's
 * language, and hands the quizzes to the exports (GIFT, QTI) as `kitQuizzes`.
 */
export function quizzes(setup: KitMarkdownSetup) {
	return ({ fileURL }: PluginFactoryContext): MdastPluginDefinition => {
		const { t, scoreForms } = setup.fileInfo(fileURL);
		return {
			name: 'kit-quizzes',
			options: { position: true },
			before(tree, ctx) {
				const found = findQuizzes(tree as Root);
				problemsOf(ctx.data).push(
					...found.problems.map(({ line, question, message }) => ({
						line,
						message: question ? `quiz question ${question}: ${message}` : message,
					})),
				);
				const frontmatter = frontmatterOf(ctx.data);
				if (frontmatter) frontmatter.kitQuizzes = found.quizzes.map(({ quiz }) => quiz);
				const strings = {
					correct: t('kit.quiz.correct'),
					notQuite: t('kit.quiz.notQuite'),
					missing: t('kit.quiz.missing'),
					chooseFirst: t('kit.quiz.chooseFirst'),
					score: scoreForms,
				};
				for (const { quiz, nodes } of found.quizzes) {
					const [first, ...rest] = nodes;
					ctx.replaceNode(first!, renderQuiz(quiz, t, strings));
					for (const node of rest) ctx.removeNode(node);
				}
			},
		};
	};
}
