import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { needsBuiltSite } from './needsBuiltSite.ts';

/**
 * The files that take longest, slowest first: where Vitest has no times from an earlier run (a
 * fresh clone, as in CI), they still start first, so no long file runs alone at the end.
 */
const SLOWEST = [
	'tests/build/badContent.test.ts',
	'tests/build/forkedKit.test.ts',
	'tests/browser/accessibility.test.ts',
	'tests/browser/accessibilityMore.test.ts',
	'tests/browser/subPath.test.ts',
	'tests/browser/presentFit.test.ts',
	'tests/browser/offlinePack.test.ts',
];

const rank = (file: TestSpecification) => {
	const at = SLOWEST.findIndex((slow) => file.moduleId.replaceAll('\\', '/').endsWith(slow));
	return at === -1 ? SLOWEST.length : at;
};

/**
 * Vitest's order (slowest first, from the last run's times), with the tests that need no built
 * site before those that do: under `npm test` they run while the site is still being built.
 */
export class BuildFirstSequencer extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const group = (builtSite: boolean) =>
			sorted.filter((file) => needsBuiltSite(file.moduleId) === builtSite).sort((a, b) => rank(a) - rank(b));
		return [...group(false), ...group(true)];
	}
}
