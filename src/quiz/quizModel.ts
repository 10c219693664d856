import type { BlockContent, DefinitionContent, PhrasingContent } from 'mdast';

/** Question types an author can write as `:::question{type="…"}`. */
export const QUESTION_TYPES = ['single', 'multiple', 'true-false'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Markdown blocks as the parser found them (plain objects, no positions). */
export type Blocks = (BlockContent | DefinitionContent)[];

export interface QuizOption {
	/** The option as the learner reads it (the first paragraph of the task-list item). */
	label: PhrasingContent[];
	/** Plain text of the label, used to spot duplicates and for exports' titles. */
	text: string;
	/** Why this option is right or wrong (the rest of the task-list item). */
	feedback: Blocks;
	correct: boolean;
}

export interface QuizQuestion {
	/** 1-based number within the file, as authors and error messages count them. */
	number: number;
	/** Line of `:::question` in the source file. */
	line: number;
	type: QuestionType;
	/** The first paragraph: the question itself (it becomes the fieldset's legend). */
	prompt: PhrasingContent[];
	/** Any further paragraphs before the options. */
	details: Blocks;
	options: QuizOption[];
	hint: Blocks;
	explanation: Blocks;
}

/** Questions that follow each other in a page form one quiz with one score. */
export interface Quiz {
	/** 1-based number of the quiz within the page. */
	number: number;
	questions: QuizQuestion[];
}

/** A problem the author must fix; the build reports all of them at once. */
export interface QuizProblem {
	line: number;
	/** The question's number, or undefined for problems outside a question. */
	question?: number;
	message: string;
}
