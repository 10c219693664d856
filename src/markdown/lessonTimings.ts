import type { Heading, Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';

/** One timed part of a lesson, from a heading such as `## Warm-up :minutes[5]`. */
export interface TimedPart {
	title: string;
	minutes: number;
	line: number;
}

export interface TimingProblem {
	line: number;
	message: string;
}

/** Finds the `:minutes[N]` directives: in headings they time a part; anywhere else they are a mistake. */
export function findTimings(root: Root) {
	const parts: TimedPart[] = [];
	const directives: TextDirective[] = [];
	const problems: TimingProblem[] = [];
	const visit = (node: Root | Root['children'][number], heading?: Heading) => {
		if (node.type === 'textDirective' && node.name === 'minutes') {
			const line = node.position?.start.line ?? 0;
			const label = toString(node).trim();
			const minutes = Number(label);
			if (!heading) {
				problems.push({
					line,
					message: ':minutes[…] belongs at the end of a heading, for example "## Warm-up :minutes[5]".',
				});
			} else if (!/^\d+$/.test(label) || minutes <= 0) {
				problems.push({
					line,
					message: `:minutes[${label}] needs a whole number of minutes, for example :minutes[5].`,
				});
			} else {
				directives.push(node);
				const title = heading.children
					.filter((child) => child !== node)
					.map((child) => toString(child))
					.join('')
					.trim();
				parts.push({ title, minutes, line });
			}
			return;
		}
		if ('children' in node) {
			for (const child of node.children)
				visit(child as Root['children'][number], node.type === 'heading' ? node : heading);
		}
	};
	visit(root);
	return { parts, directives, problems };
}

/** The build check: a lesson's timed parts must fill exactly its `duration`. */
export function checkDuration(parts: TimedPart[], duration: unknown): string | undefined {
	if (typeof duration !== 'number') return undefined;
	if (parts.length === 0) {
		return `the lesson has no timed parts. Add :minutes[N] to the heading of the warm-up, each activity, the plenary and the quiz, for example "## Warm-up :minutes[5]". Together they must make the duration (${duration} minutes).`;
	}
	const total = parts.reduce((sum, part) => sum + part.minutes, 0);
	if (total === duration) return undefined;
	const list = parts.map((part) => `${part.title} ${part.minutes}`).join(', ');
	return `the timed parts add up to ${total} minutes (${list}), but the lesson's duration is ${duration} minutes. Change a :minutes[N] in a heading, or duration in the frontmatter, so that they match.`;
}
