import type { Paragraph } from 'mdast';
import { element, text } from '../markdown/element.ts';
import type { Translate } from '../i18n/kitTranslations.ts';
import type { Quiz, QuizQuestion } from './quizModel.ts';

/** The UI strings the quiz script reads from its root element, so the script holds no text. */
export interface QuizScriptStrings {
	correct: string;
	notQuite: string;
	missing: string;
	chooseFirst: string;
	/** `{{count}}`/`{{total}}` templates per plural category (`one`, `other`, …). */
	score: Record<string, string>;
}

/**
 * A quiz as HTML, written as mdast with `hName`s so the question text, options and feedback stay
 * the author's Markdown. Without JavaScript every question is a self-check: the "Show the answer"
 * disclosure holds the answer key. The quiz script (QuizScript.astro) adds checking and a score.
 * Answers and feedback carry `data-pagefind-ignore`, so they never show in search excerpts.
 */
export function renderQuiz(quiz: Quiz, t: Translate, strings: QuizScriptStrings): Paragraph {
	const total = quiz.questions.length;
	const scoreData = Object.fromEntries(
		Object.entries(strings.score).map(([category, template]) => [`data-score-${category}`, template]),
	);
	return element(
		'div',
		{
			class: 'kit-quiz',
			'data-kit-quiz': '',
			'data-correct': strings.correct,
			'data-not-quite': strings.notQuite,
			'data-missing': strings.missing,
			'data-choose-first': strings.chooseFirst,
			...scoreData,
		},
		[
			...quiz.questions.map((question, index) => renderQuestion(quiz.number, question, index + 1, total, t)),
			element(
				'div',
				{ class: 'kit-quiz__summary', 'data-kit-summary': '', 'data-pagefind-ignore': '', hidden: true },
				[
					element('p', { class: 'kit-quiz__score', 'aria-live': 'polite', 'data-kit-score': '' }),
					element('button', { type: 'button', class: 'kit-quiz__button', 'data-kit-retry': '' }, [
						text(t('kit.quiz.tryAgain')),
					]),
				],
			),
		],
	);
}

function renderQuestion(
	quizNumber: number,
	question: QuizQuestion,
	index: number,
	total: number,
	t: Translate,
) {
	const name = `kit-quiz-${quizNumber}-${index}`;
	const inputType = question.type === 'multiple' ? 'checkbox' : 'radio';
	const instruction = question.type === 'multiple' ? t('kit.quiz.chooseAll') : t('kit.quiz.chooseOne');
	return element(
		'form',
		{ class: 'kit-quiz__question', 'data-kit-question': '', 'data-type': question.type },
		[
			element('fieldset', {}, [
				element('legend', {}, [
					element('span', { class: 'kit-quiz__number' }, [
						text(t('kit.quiz.question', { number: index, total })),
					]),
					text(' '),
					element('span', { class: 'kit-quiz__prompt' }, question.prompt),
					text(' '),
					element('span', { class: 'kit-quiz__instruction' }, [text(instruction)]),
				]),
				...question.details,
				element(
					'ul',
					{ class: 'kit-quiz__options', role: 'list' },
					question.options.map((option, optionIndex) =>
						element('li', {}, [
							element('label', {}, [
								element('input', { type: inputType, name, value: String(optionIndex + 1) }),
								element('span', {}, option.label),
							]),
						]),
					),
				),
				...(question.hint.length > 0
					? [
							element('details', { class: 'kit-quiz__hint' }, [
								element('summary', {}, [text(t('kit.quiz.hint'))]),
								...question.hint,
							]),
						]
					: []),
				element('p', { class: 'kit-quiz__actions', 'data-kit-actions': '', hidden: true }, [
					element('button', { type: 'submit', class: 'kit-quiz__button' }, [text(t('kit.quiz.check'))]),
				]),
				element('div', {
					class: 'kit-quiz__feedback',
					'aria-live': 'polite',
					'data-kit-feedback': '',
					'data-pagefind-ignore': '',
				}),
				renderAnswerKey(question, t),
			]),
		],
	);
}

/** The answer key: every option marked right or not right (in words, not only colour), with its feedback. */
function renderAnswerKey(question: QuizQuestion, t: Translate) {
	return element(
		'details',
		{ class: 'kit-quiz__answer', 'data-kit-answer': '', 'data-pagefind-ignore': '' },
		[
			element('summary', {}, [text(t('kit.quiz.showAnswer'))]),
			element(
				'ul',
				{ class: 'kit-quiz__key', role: 'list' },
				question.options.map((option, optionIndex) =>
					element('li', { 'data-option': String(optionIndex + 1), 'data-correct': String(option.correct) }, [
						element('p', { class: 'kit-quiz__verdict' }, [
							element('strong', {}, [
								text(
									`${option.correct ? '✓' : '✗'} ${t(option.correct ? 'kit.quiz.rightOption' : 'kit.quiz.wrongOption')}: `,
								),
							]),
							...option.label,
						]),
						element(
							'div',
							{ class: 'kit-quiz__option-feedback', 'data-kit-option-feedback': '' },
							option.feedback,
						),
					]),
				),
			),
			...(question.explanation.length > 0
				? [
						element('div', { class: 'kit-quiz__explanation', 'data-kit-explanation': '' }, [
							element('p', {}, [element('strong', {}, [text(t('kit.quiz.explanation'))])]),
							...question.explanation,
						]),
					]
				: []),
		],
	);
}
