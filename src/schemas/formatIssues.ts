import type { z } from 'astro/zod';

/** One line per problem: `  - field.path: message`, so every message names its field. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
	return issues
		.map((issue) => `  - ${issue.path.length ? issue.path.join('.') : '(top level)'}: ${issue.message}`)
		.join('\n');
}
