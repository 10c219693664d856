/**
 * The quiz's one rule, shared by the browser script and the tests: an answer is right when it
 * chooses every right option and nothing else. `missing` says when every chosen option is right
 * but some right ones are not chosen yet, so the feedback can say so.
 */
export function gradeAnswer(right: readonly string[], chosen: readonly string[]) {
	const correct = right.length === chosen.length && right.every((value) => chosen.includes(value));
	return { correct, missing: !correct && chosen.every((value) => right.includes(value)) };
}
