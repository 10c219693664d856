import type { Element, ElementContent } from 'hast';
import { el, hasClass, isElement, textOf, type Block } from './deckModel.ts';

export interface QuestionSlide {
	/** "Question 2 of 6", as the quiz says it. */
	number: ElementContent[];
	/** The question's text, for the slide's label. */
	title: string;
	children: ElementContent[];
}

/**
 * One quiz question (a `[data-kit-question]` form of src/quiz/renderQuiz.ts) as a slide for the
 * class: the question and its options as a lettered list, nothing to tick. Each option carries its
 * verdict and feedback from the answer key, shown when the answer is revealed: by the deck's
 * "next" key, or without JavaScript by the "Show the answer" disclosure (CSS `:has`).
 */
export function questionSlide(form: Element): QuestionSlide {
	const fieldset = find(form, (node) => isElement(node, 'fieldset')) ?? form;
	const legend = find(fieldset, (node) => isElement(node, 'legend'));
	const part = (name: string) => find(legend ?? fieldset, (node) => hasClass(node, name));
	const prompt = part('kit-quiz__prompt');
	const answer = find(fieldset, (node) => isElement(node) && node.properties.dataKitAnswer !== undefined);
	const keys = answer
		? all(answer, (node) => isElement(node, 'li') && node.properties.dataOption !== undefined)
		: [];
	const options = all(find(fieldset, (node) => hasClass(node, 'kit-quiz__options')) ?? fieldset, (node) =>
		isElement(node, 'li'),
	);
	const details = fieldset.children.filter(
		(node) =>
			isElement(node) &&
			node !== legend &&
			!hasClass(node, 'kit-quiz__options') &&
			!hasClass(node, 'kit-quiz__actions') &&
			!hasClass(node, 'kit-quiz__feedback') &&
			!hasClass(node, 'kit-quiz__hint') &&
			node !== answer,
	);
	const hint = fieldset.children.find((node) => hasClass(node, 'kit-quiz__hint'));
	const explanation = answer && find(answer, (node) => hasClass(node, 'kit-quiz__explanation'));
	const summary = answer && find(answer, (node) => isElement(node, 'summary'));
	return {
		number: part('kit-quiz__number')?.children ?? [],
		title: prompt ? textOf(prompt).trim() : '',
		children: [
			el('h3', { className: ['slide-question'] }, prompt?.children ?? []),
			...details,
			el('p', { className: ['slide-instruction'] }, part('kit-quiz__instruction')?.children ?? []),
			el(
				'ol',
				{ className: ['slide-options'] },
				options.map((option, index) => optionItem(option, keys[index])),
			),
			...(hint ? [hint] : []),
			el('details', { className: ['slide-reveal'], dataKitReveal: '' }, [
				...(summary ? [summary] : []),
				...(explanation ? [explanation] : []),
			]),
		],
	};
}

/** An option's text, with its verdict ("✓ Right answer") and feedback from the answer key. */
function optionItem(option: Element, key: Element | undefined): Element {
	const label = find(option, (node) => isElement(node, 'span')) ?? option;
	const verdict = key && find(key, (node) => isElement(node, 'strong'));
	const feedback = key && find(key, (node) => node.properties?.dataKitOptionFeedback !== undefined);
	return el('li', { dataCorrect: key?.properties.dataCorrect ?? 'false' }, [
		el('span', { className: ['slide-option'] }, label.children),
		el('div', { className: ['slide-feedback'] }, [
			...(verdict ? [verdict] : []),
			...(feedback && isElement(feedback) ? feedback.children : []),
		]),
	]);
}

function all(node: Element, test: (node: Element) => boolean): Element[] {
	return node.children.flatMap((child) =>
		isElement(child) ? (test(child) ? [child] : all(child, test)) : [],
	);
}

function find(node: Element, test: (node: Element) => boolean): Element | undefined {
	for (const child of node.children) {
		if (!isElement(child)) continue;
		if (test(child)) return child;
		const found = find(child, test);
		if (found) return found;
	}
	return undefined;
}

export const isQuestion = (node: Block) =>
	isElement(node, 'form') && node.properties.dataKitQuestion !== undefined;
