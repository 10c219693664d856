import type { ContainerDirective } from 'mdast-util-directive';
import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { plain } from '../markdown/element.ts';
import { quizMessages as say } from './quizMessages.ts';
import {
	QUESTION_TYPES,
	type Blocks,
	type QuestionType,
	type QuizOption,
	type QuizProblem,
	type QuizQuestion,
} from './quizModel.ts';

/** Names of the blocks a question may hold after its options. */
const QUESTION_PARTS = ['hint', 'explanation'] as const;

/**
 * Reads one `:::question` block into a question, or reports every problem in it.
 * Pure: it only reads the node, so the build and the exports parse questions the same way.
 */
export function parseQuestion(
	node: ContainerDirective,
	number: number,
): { question?: QuizQuestion; problems: QuizProblem[] } {
	const line = node.position?.start.line ?? 0;
	const problems: QuizProblem[] = [];
	const report = (message: string, at = line) => problems.push({ line: at, question: number, message });

	const type = readType(node, report);
	const before: Blocks = [];
	let list: List | undefined;
	const parts: Record<(typeof QUESTION_PARTS)[number], Blocks | undefined> = {
		hint: undefined,
		explanation: undefined,
	};

	for (const child of node.children) {
		const childLine = child.position?.start.line ?? line;
		if (child.type === 'containerDirective' && isQuestionPart(child.name)) {
			if (parts[child.name]) report(say.twice(child.name), childLine);
			else parts[child.name] = plain(child.children);
		} else if (!list && child.type === 'list') {
			list = child;
		} else if (!list) {
			before.push(plain(child));
		} else {
			report(say.unexpectedContent(describe(child)), childLine);
		}
	}

	const [first, ...details] = before;
	const prompt = first?.type === 'paragraph' ? first.children : [];
	if (!first || first.type !== 'paragraph' || toString(first).trim() === '') report(say.emptyQuestion());

	const options = list ? readOptions(list, report) : [];
	if (!list) report(say.noOptions());
	else checkOptions(type, options, report);

	if (problems.length > 0 || !type) return { problems };
	return {
		problems,
		question: {
			number,
			line,
			type,
			prompt,
			details,
			options,
			hint: parts.hint ?? [],
			explanation: parts.explanation ?? [],
		},
	};
}

function isQuestionPart(name: string): name is (typeof QUESTION_PARTS)[number] {
	return (QUESTION_PARTS as readonly string[]).includes(name);
}

function readType(node: ContainerDirective, report: (message: string) => void): QuestionType | undefined {
	const allowed = QUESTION_TYPES.join(', ');
	const type = node.attributes?.type;
	if (!type) {
		report(say.missingType(allowed));
		return undefined;
	}
	if (!(QUESTION_TYPES as readonly string[]).includes(type)) {
		report(say.unknownType(type, allowed));
		return undefined;
	}
	return type as QuestionType;
}

function readOptions(list: List, report: (message: string, at?: number) => void): QuizOption[] {
	if (list.children.some((item) => typeof item.checked !== 'boolean')) {
		report(say.notTaskList(), list.position?.start.line);
		return [];
	}
	return list.children.map((item) => readOption(item, report));
}

function readOption(item: ListItem, report: (message: string, at?: number) => void): QuizOption {
	const at = item.position?.start.line;
	const [first, ...rest] = item.children;
	const label: PhrasingContent[] = first?.type === 'paragraph' ? plain(first as Paragraph).children : [];
	const text = toString({ type: 'paragraph', children: label }).trim();
	if (!text) report(say.emptyOption(), at);
	else if (rest.length === 0) report(say.optionWithoutFeedback(text), at);
	// Feedback is usually written as a quote ("> …") under the option; keep only what it says.
	const feedback = rest.length === 1 && rest[0]!.type === 'blockquote' ? rest[0]!.children : rest;
	return { label, text, feedback: plain(feedback), correct: item.checked === true };
}

function checkOptions(
	type: QuestionType | undefined,
	options: QuizOption[],
	report: (message: string) => void,
) {
	if (options.length === 0) return;
	if (options.length < 2) report(say.tooFewOptions(options.length));
	if (type === 'true-false' && options.length !== 2) report(say.trueFalseOptions(options.length));
	const seen = new Set<string>();
	for (const { text } of options) {
		const key = text.toLocaleLowerCase().replace(/\s+/g, ' ');
		if (key && seen.has(key)) report(say.duplicateOption(text));
		seen.add(key);
	}
	const correct = options.filter((option) => option.correct).length;
	if (correct === 0) report(say.noCorrect());
	else if (correct > 1 && type !== 'multiple' && type) report(say.severalCorrect(type, correct));
}

function describe(node: RootContent): string {
	if (node.type === 'containerDirective' || node.type === 'leafDirective') return `:::${node.name} block`;
	if (node.type === 'list') return 'second list';
	return `${node.type} after the options`;
}
