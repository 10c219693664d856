/**
 * What the build says when a quiz is written wrongly. Each message says what is wrong and what
 * to do; the file, line and question number are added where it is reported.
 * @see ../../docs/authors-guide.md#quizzes-question
 */
export const quizMessages = {
	missingType: (allowed: string) =>
		`the question has no type. Write :::question{type="single"} (allowed types: ${allowed}).`,
	unknownType: (type: string, allowed: string) => `"${type}" is not a question type. Use one of: ${allowed}.`,
	emptyQuestion: () =>
		'the question has no text. Write the question as a paragraph before the list of options.',
	noOptions: () =>
		'the question has no options. Add a task list: "- [x] …" for a correct option, "- [ ] …" for a wrong one.',
	notTaskList: () =>
		'the options must be a task list: start each option with "- [x] " (correct) or "- [ ] " (wrong).',
	tooFewOptions: (count: number) => `the question has ${count} option; it needs at least two.`,
	duplicateOption: (text: string) => `two options say "${text}". Make every option different, or remove one.`,
	noCorrect: () => 'no option is marked correct. Mark the right answer with "- [x]".',
	severalCorrect: (type: string, count: number) =>
		`a "${type}" question has exactly one correct option, but ${count} are marked "- [x]". Mark only one, or use type="multiple".`,
	trueFalseOptions: (count: number) =>
		`a "true-false" question has exactly two options ("True" first, then "False"), but it has ${count}.`,
	optionWithoutFeedback: (text: string) =>
		`the option "${text}" has no feedback. Under the option, on its own indented line, write "> " and say why it is right or wrong.`,
	emptyOption: () => 'an option has no text. Write the option after "- [x] " or "- [ ] ".',
	unexpectedContent: (what: string) =>
		`unexpected ${what} inside the question. A question holds its text, one task list of options, and optionally :::hint and :::explanation after the options.`,
	twice: (name: string) => `the question has more than one :::${name}. Merge them into one.`,
	outsideQuestion: (name: string) =>
		`:::${name} must be inside a :::question block (then write the question with four colons: ::::question).`,
} as const;
