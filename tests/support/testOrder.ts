import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { needsBuiltSite } from './needsBuiltSite.ts';

/**
 * Vitest's order (slowest first, from the last run's times), with the tests that need no built
 * site before those that do: under `npm test` they run while the site is still being built.
 */
export class BuildFirstSequencer extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		return [
			...sorted.filter((file) => !needsBuiltSite(file.moduleId)),
			...sorted.filter((file) => needsBuiltSite(file.moduleId)),
		];
	}
}
