import type { ContainerDirective } from 'mdast-util-directive';
import type { Parent, Root, RootContent } from 'mdast';
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
 */
export function findQuizzes(root: Root): { quizzes: FoundQuiz[]; problems: QuizProblem[] } {
	const quizzes: FoundQuiz[] = [];
	const problems: QuizProblem[] = [];
	let questionNumber = 0;

	const visit = (parent: Parent) => {
		let current: FoundQuiz | undefined;
		for (const child of parent.children as RootContent[]) {
			if (isQuestion(child)) {
				const { question, problems: found } = parseQuestion(child, ++questionNumber);
				problems.push(...found);
				if (!current) {
					current = { quiz: { number: quizzes.length + 1, questions: [] }, nodes: [] };
					quizzes.push(current);
				}
				current.nodes.push(child);
				if (question) current.quiz.questions.push(question);
				continue;
			}
			current = undefined;
			if (child.type === 'containerDirective' && (child.name === 'hint' || child.name === 'explanation')) {
				problems.push({ line: child.position?.start.line ?? 0, message: say.outsideQuestion(child.name) });
			}
			if ('children' in child) visit(child as Parent);
		}
	};
	visit(root);
	return { quizzes, problems };
}

function isQuestion(node: RootContent): node is ContainerDirective {
	return node.type === 'containerDirective' && node.name === 'question';
}
