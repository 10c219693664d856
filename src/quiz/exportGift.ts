import { blocksToHtml, blocksToText } from './quizHtml.ts';
import type { Quiz, QuizQuestion } from './quizModel.ts';

/**
 * A quiz in Moodle's GIFT format, with HTML text, feedback for every option, and the explanation
 * as general feedback. Hints have no place in GIFT and are left out.
 * @see https://docs.moodle.org/en/GIFT_format
 */
export function quizToGift(quizzes: Quiz[], { title }: { title: string }): string {
	const questions = quizzes.flatMap((quiz) => quiz.questions);
	const header = [
		`// ${oneLine(title)}`,
		'// Exported from the lesson kit. Import in Moodle: Question bank → Import → GIFT format.',
		`$CATEGORY: $course$/top/${oneLine(title).replaceAll('/', '-')}`,
	];
	return `${[header.join('\n'), ...questions.map((question) => giftQuestion(question))].join('\n\n')}\n`;
}

function giftQuestion(question: QuizQuestion): string {
	const name = `Q${question.number}: ${blocksToText(question.prompt)}`.slice(0, 80);
	const text = html([{ type: 'paragraph', children: question.prompt }, ...question.details]);
	const general = question.explanation.length > 0 ? `\n####${html(question.explanation)}` : '';
	return `::${escapeGift(name)}::[html]${text}{\n${answers(question)}${general}\n}`;
}

function answers(question: QuizQuestion): string {
	const { options } = question;
	if (question.type === 'true-false') {
		// GIFT's true/false: {TRUE#feedback if answered wrongly#feedback if answered rightly}.
		const statementIsTrue = options[0]!.correct;
		const right = options.find((option) => option.correct)!;
		const wrong = options.find((option) => !option.correct)!;
		return `${statementIsTrue ? 'TRUE' : 'FALSE'}#${html(wrong.feedback)}#${html(right.feedback)}`;
	}
	if (question.type === 'single') {
		return options
			.map((option) => `${option.correct ? '=' : '~'}${html(option.label)}#${html(option.feedback)}`)
			.join('\n');
	}
	// Select all that apply: right options share 100%, each wrong one takes it all away.
	const share = Number((100 / options.filter((option) => option.correct).length).toFixed(5));
	return options
		.map((option) => `~%${option.correct ? share : -100}%${html(option.label)}#${html(option.feedback)}`)
		.join('\n');
}

/** HTML on one line, escaped for GIFT. */
function html(blocks: Parameters<typeof blocksToHtml>[0]): string {
	return escapeGift(oneLine(blocksToHtml(blocks)));
}

function oneLine(text: string): string {
	return text.replace(/\s*\n\s*/g, ' ');
}

/** GIFT's special characters are `~ = # { } :` (and the backslash that escapes them). */
export function escapeGift(text: string): string {
	return text.replace(/[\\~=#{}:]/g, (character) => `\\${character}`);
}
