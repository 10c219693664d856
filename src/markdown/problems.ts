import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { authorPath } from './contentFile.ts';

/** Something written wrongly in a content file: where, and what to do about it. */
export interface ContentProblem {
	line: number;
	message: string;
}

/** Thrown when content is written wrongly; the message names the file, every line and the fix. */
export class ContentError extends Error {
	override name = 'ContentError';
}

/** The problems found so far in the file being compiled, kept in the compile's shared data. */
export function problemsOf(data: Record<string, unknown>): ContentProblem[] {
	data.kitProblems ??= [];
	return data.kitProblems as ContentProblem[];
}

/** The line a node starts on, for messages. */
export function lineOf(node: { position?: { start: { line: number } } | undefined }): number {
	return node.position?.start.line ?? 0;
}

/**
 * The last plugin: stops the build once, with every problem every check found in the file, sorted
 * by line, so an author fixes them all in one go.
 */
export function stopOnProblems({ fileURL }: PluginFactoryContext): MdastPluginDefinition {
	return {
		name: 'kit-stop-on-problems',
		before(_tree, ctx) {
			const problems = problemsOf(ctx.data);
			if (problems.length === 0) return;
			const file = authorPath(fileURL);
			const list = [...problems]
				.sort((a, b) => a.line - b.line)
				.map(({ line, message }) => `  ${file}:${line}: ${message}`);
			throw new ContentError(
				`${problems.length === 1 ? 'A problem' : `${problems.length} problems`} in ${file}:\n${list.join('\n')}`,
			);
		},
	};
}
