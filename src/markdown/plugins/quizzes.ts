import type { RootContent } from 'mdast';
import type { MdastPluginDefinition, MdastVisitorContext, PluginFactoryContext } from 'satteri';
import { isQuestion, misplacedPart, questionsFrom, readQuiz } from '../../quiz/findQuizzes.ts';
import { ancestor } from '../ancestors.ts';
import type { Quiz, QuizProblem } from '../../quiz/quizModel.ts';
import { renderQuiz } from '../../quiz/renderQuiz.ts';
import { problemsOf } from '../problems.ts';
import { frontmatterOf, type KitMarkdownSetup } from '../setup.ts';

/**
 * `:::question` blocks: checks every question, renders each quiz as accessible forms in the page's
 * language, and hands the quizzes to the exports (GIFT, QTI) as `kitQuizzes`. Sätteri finds the
 * blocks (a visitor, not a walk over the whole tree, which would build every node of the page in
 * JavaScript); a quiz is read at its first question, with the questions that follow it.
 */
export function quizzes(setup: KitMarkdownSetup) {
	return ({ fileURL }: PluginFactoryContext): MdastPluginDefinition => {
		const { t, scoreForms } = setup.fileInfo(fileURL);
		const found: Quiz[] = [];
		let questions = 0;
		let strings: Parameters<typeof renderQuiz>[2] | undefined;
		const report = (ctx: MdastVisitorContext, problems: QuizProblem[]) =>
			problemsOf(ctx.data).push(
				...problems.map(({ line, question, message }) => ({
					line,
					message: question ? `quiz question ${question}: ${message}` : message,
				})),
			);
		return {
			name: 'kit-quizzes',
			options: { position: true },
			containerDirective(node, ctx) {
				// A block inside a question (its hint, its explanation) is read with the question.
				if (ancestor(node, ctx, isQuestion)) return;
				if (!isQuestion(node)) {
					const misplaced = misplacedPart(node);
					if (misplaced) report(ctx, [misplaced]);
					return;
				}
				const siblings = ctx.parent(node)!.children as RootContent[];
				const index = ctx.indexOf(node)!;
				if (isQuestion(siblings[index - 1])) return; // read with the quiz's first question
				const nodes = questionsFrom(siblings, index);
				const read = readQuiz(nodes, found.length + 1, questions + 1);
				questions += nodes.length;
				found.push(read.quiz);
				report(ctx, read.problems);
				strings ??= {
					correct: t('kit.quiz.correct'),
					notQuite: t('kit.quiz.notQuite'),
					missing: t('kit.quiz.missing'),
					chooseFirst: t('kit.quiz.chooseFirst'),
					score: scoreForms,
				};
				const [first, ...rest] = nodes;
				ctx.replaceNode(first!, renderQuiz(read.quiz, t, strings));
				for (const question of rest) ctx.removeNode(question);
			},
			after(_tree, ctx) {
				const frontmatter = frontmatterOf(ctx.data);
				if (frontmatter) frontmatter.kitQuizzes = found;
			},
		};
	};
}
