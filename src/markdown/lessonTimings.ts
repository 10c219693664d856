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

/**
 * One `:minutes[N]` directive, given its label and the title of the heading it ends (undefined
 * outside a heading): the part it times, or what is wrong with it. In a heading it times a part;
 * anywhere else it is a mistake. The Markdown plugin (plugins/lessonTimings.ts) finds the
 * directives with Sätteri's visitor, in the order of the page.
 */
export function readTiming(
	label: string,
	line: number,
	headingTitle: (() => string) | undefined,
): { part: TimedPart } | { problem: TimingProblem } {
	const text = label.trim();
	const minutes = Number(text);
	if (!headingTitle)
		return {
			problem: {
				line,
				message: ':minutes[…] belongs at the end of a heading, for example "## Warm-up :minutes[5]".',
			},
		};
	if (!/^\d+$/.test(text) || minutes <= 0)
		return {
			problem: {
				line,
				message: `:minutes[${text}] needs a whole number of minutes, for example :minutes[5].`,
			},
		};
	return { part: { title: headingTitle(), minutes, line } };
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
