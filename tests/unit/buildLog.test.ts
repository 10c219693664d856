import { describe, expect, it } from 'vitest';
import { onBuildLog } from '../../src/config/buildLog.ts';

/** Rolldown's warning for an MDX page, as the kit's build printed it (src/config/buildLog.ts). */
const HEAD_DIRECTIVE_WARNING = {
	code: 'MODULE_LEVEL_DIRECTIVE',
	message:
		'The semantics of the module level directive "use astro:head-inject" in "src/content/docs/en/help/parents.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

/** The logs `onBuildLog` passes on to Vite's handler. */
function passedOn(...logs: [Parameters<typeof onBuildLog>[0], Parameters<typeof onBuildLog>[1]][]) {
	const printed: unknown[] = [];
	for (const [level, log] of logs) onBuildLog(level, log, (...args) => printed.push(args));
	return printed;
}

describe('the build log', () => {
	it('leaves out Rolldown’s warning about Astro’s own head directive in MDX pages', () => {
		expect(passedOn(['warn', HEAD_DIRECTIVE_WARNING])).toEqual([]);
	});

	it('passes on every other message as it was: other directives, other warnings, errors and information', () => {
		const useClient = {
			code: 'MODULE_LEVEL_DIRECTIVE',
			message:
				'The semantics of the module level directive "use client" in "src/x.ts" may not be preserved when bundling.',
		};
		const unresolved = { code: 'UNRESOLVED_IMPORT', message: 'Could not resolve "./missing.ts"' };
		const logs: Parameters<typeof passedOn> = [
			['warn', useClient],
			['warn', unresolved],
			['error', { ...HEAD_DIRECTIVE_WARNING }],
			['info', HEAD_DIRECTIVE_WARNING.message],
			['debug', 'chunk written'],
		];
		expect(passedOn(...logs)).toEqual(logs);
	});
});
