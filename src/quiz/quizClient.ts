/**
 * Checking, feedback and a score for the quizzes renderQuiz.ts writes into lesson pages.
 * Private by construction: answers live only in the open page. Nothing is sent, stored or kept
 * (no requests, cookies, localStorage or sessionStorage). All text comes from the page.
 */
import { gradeAnswer } from './gradeAnswer.ts';

for (const quiz of document.querySelectorAll<HTMLElement>('[data-kit-quiz]')) enhance(quiz);

function enhance(quiz: HTMLElement) {
	const forms = [...quiz.querySelectorAll<HTMLFormElement>('[data-kit-question]')];
	const summary = quiz.querySelector<HTMLElement>('[data-kit-summary]')!;
	const score = summary.querySelector<HTMLElement>('[data-kit-score]')!;
	const plural = new Intl.PluralRules(quiz.closest('[lang]')?.getAttribute('lang') ?? undefined);
	const results = new Map<HTMLFormElement, boolean>();
	const text = quiz.dataset;

	const showScore = () => {
		if (results.size < forms.length) return;
		const count = [...results.values()].filter(Boolean).length;
		const template = text[`score${capitalise(plural.select(count))}`] ?? text.scoreOther ?? '';
		summary.hidden = false;
		score.textContent = template
			.replace('{{count}}', String(count))
			.replace('{{total}}', String(forms.length));
	};

	for (const form of forms) {
		const feedback = form.querySelector<HTMLElement>('[data-kit-feedback]')!;
		const key = [...form.querySelectorAll<HTMLElement>('[data-kit-answer] [data-option]')];
		form.querySelector<HTMLElement>('[data-kit-actions]')!.hidden = false;
		form.querySelector<HTMLElement>('[data-kit-answer]')!.hidden = true;

		form.addEventListener('change', () => {
			delete form.dataset.state;
			announce(feedback, []);
		});
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const chosen = new FormData(form).getAll(form.querySelector('input')!.name).map(String);
			if (chosen.length === 0) return announce(feedback, [paragraph(text.chooseFirst)]);
			const right = key.filter((item) => item.dataset.correct === 'true').map((item) => item.dataset.option!);
			const { correct, missing } = gradeAnswer(right, chosen);
			const parts: Node[] = [paragraph(correct ? text.correct : text.notQuite, 'kit-quiz__status')];
			if (missing) parts.push(paragraph(text.missing));
			for (const item of key.filter((entry) => chosen.includes(entry.dataset.option!))) {
				if (form.dataset.type === 'multiple')
					parts.push(item.querySelector('.kit-quiz__verdict')!.cloneNode(true));
				parts.push(item.querySelector('[data-kit-option-feedback]')!.cloneNode(true));
			}
			const explanation = form.querySelector('[data-kit-explanation]');
			if (correct && explanation) parts.push(explanation.cloneNode(true));
			form.dataset.state = correct ? 'correct' : 'incorrect';
			results.set(form, correct);
			announce(feedback, parts);
			showScore();
		});
	}

	summary.querySelector('[data-kit-retry]')!.addEventListener('click', () => {
		for (const form of forms) {
			form.reset();
			delete form.dataset.state;
			announce(form.querySelector<HTMLElement>('[data-kit-feedback]')!, []);
		}
		results.clear();
		summary.hidden = true;
		score.textContent = '';
		forms[0]?.querySelector('input')?.focus();
	});
}

const pending = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/**
 * Empties a live region, then fills it a moment later, so that screen readers announce a repeated
 * answer again. A newer call (or clearing with no nodes) cancels one still waiting.
 */
function announce(region: HTMLElement, nodes: Node[]) {
	clearTimeout(pending.get(region));
	region.replaceChildren();
	if (nodes.length > 0)
		pending.set(
			region,
			setTimeout(() => region.replaceChildren(...nodes), 50),
		);
}

function paragraph(content = '', className?: string) {
	const p = document.createElement('p');
	p.textContent = content;
	if (className) p.className = className;
	return p;
}

function capitalise(word: string) {
	return word.charAt(0).toUpperCase() + word.slice(1);
}
