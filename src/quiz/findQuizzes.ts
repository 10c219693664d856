import type { ContainerDirective } from 'mdast-util-directive';
import type { Parent, Parents, RootContent } from 'mdast';
import { parseQuestion } from './parseQuestion.ts';
import { quizMessages as say } from './quizMessages.ts';
import type { Quiz, QuizProblem } from './quizModel.ts';

/** A quiz and the `:::question` nodes it was read from (to be replaced in the page). */
export interface FoundQuiz {
	quiz: Quiz;
	nodes: ContainerDirective[];
}

/**
 * Finds every quiz in a page: questions that follow each other form one quiz. Reports every
 * problem in every question, and `:::hint` or `:::explanation` blocks outside a question.
 * (The build finds them with Sätteri's visitor instead, src/markdown/plugins/quizzes.ts, from the
 * same pieces: `questionsFrom`, `readQuiz`, `misplacedPart`.)
 */
export function findQuizzes(root: Parent): { quizzes: FoundQuiz[]; problems: QuizProblem[] } {
	const quizzes: FoundQuiz[] = [];
	const problems: QuizProblem[] = [];
	let questions = 0;

	const visit = (parent: Parent) => {
		const children = parent.children as RootContent[];
		for (let index = 0; index < children.length; index++) {
			const child = children[index]!;
			if (isQuestion(child)) {
				const nodes = questionsFrom(children, index);
				const read = readQuiz(nodes, quizzes.length + 1, questions + 1);
				problems.push(...read.problems);
				quizzes.push({ quiz: read.quiz, nodes });
				questions += nodes.length;
				index += nodes.length - 1;
				continue;
			}
			const misplaced = misplacedPart(child);
			if (misplaced) problems.push(misplaced);
			if ('children' in child) visit(child as Parent);
		}
	};
	visit(root);
	return { quizzes, problems };
}

/** The questions from `start` on that follow each other: one quiz. */
export function questionsFrom(siblings: readonly RootContent[], start: number): ContainerDirective[] {
	const nodes: ContainerDirective[] = [];
	for (let index = start; index < siblings.length; index++) {
		const node = siblings[index]!;
		if (!isQuestion(node)) break;
		nodes.push(node);
	}
	return nodes;
}

/** A quiz (the page's `number`th) read from its questions, numbered on from `firstQuestion`, with every problem in them. */
export function readQuiz(
	nodes: ContainerDirective[],
	number: number,
	firstQuestion: number,
): { quiz: Quiz; problems: QuizProblem[] } {
	const quiz: Quiz = { number, questions: [] };
	const problems: QuizProblem[] = [];
	nodes.forEach((node, index) => {
		const { question, problems: found } = parseQuestion(node, firstQuestion + index);
		problems.push(...found);
		if (question) quiz.questions.push(question);
	});
	return { quiz, problems };
}

/** The problem with a `:::hint` or `:::explanation` block found outside a question. */
export function misplacedPart(node: RootContent): QuizProblem | undefined {
	if (node.type !== 'containerDirective' || (node.name !== 'hint' && node.name !== 'explanation'))
		return undefined;
	return { line: node.position?.start.line ?? 0, message: say.outsideQuestion(node.name) };
}

/** A `:::question` block. */
export function isQuestion(node: RootContent | Parents | undefined): node is ContainerDirective {
	return node?.type === 'containerDirective' && node.name === 'question';
}
