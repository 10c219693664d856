import { describe, expect, it } from 'vitest';
import { memoryPeak } from '../../scripts/lib/bench/buildBreakdown.ts';
import { largestParts, programName, type BuildMeasurement } from '../../scripts/lib/bench/measureBuild.ts';

/** A build's measurement with only what `memoryPeak` reads filled in. */
const run = (over: Partial<BuildMeasurement>) =>
	({
		phases: { startup: 5, content: 60, bundle: 5, render: 230, pagefind: 45, finish: 40 },
		...over,
	}) as BuildMeasurement;

describe('the bench’s memory peak', () => {
	it('names the processes that held the memory at the peak, largest first, leaving out the small ones', () => {
		const parts = largestParts(
			[
				{ name: 'pagefind_extended', kib: 2453 * 1024 },
				{ name: 'esbuild', kib: 14 * 1024 },
				{ name: 'astro.mjs', kib: 3062 * 1024 },
			],
			5529 * 1024,
		);
		expect(parts).toEqual([
			{ name: 'astro.mjs', mib: 3062 },
			{ name: 'pagefind_extended', mib: 2453 },
		]);
		expect(memoryPeak(run({ peakTreeMiB: 5529, peakAt: 340, peakParts: parts, peakProcessMiB: 3585 }))).toBe(
			'5529 MiB at 340.0 s, Pagefind index: astro.mjs 3062 MiB + pagefind_extended 2453 MiB (largest single process 3585 MiB)',
		);
	});

	it('names a process by its program, and Node by the script it runs', () => {
		expect(programName(['/usr/bin/node', '/kit/node_modules/astro/bin/astro.mjs', 'build', ''])).toBe(
			'astro.mjs',
		);
		expect(
			programName(['/kit/node_modules/@pagefind/linux-x64/bin/pagefind_extended', '--service', '']),
		).toBe('pagefind_extended');
		expect(programName(['node', ''])).toBe('node');
	});

	it('leaves the parts out when one process held it all, and says when memory was not measured', () => {
		const parts = largestParts([{ name: 'astro.mjs', kib: 1191 * 1024 }], 1191 * 1024);
		expect(memoryPeak(run({ peakTreeMiB: 1191, peakAt: 12, peakParts: parts }))).toBe(
			'1191 MiB at 12.0 s, content sync, types',
		);
		expect(memoryPeak(run({}))).toBe('not measured');
	});
});
