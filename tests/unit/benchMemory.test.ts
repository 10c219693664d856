import { describe, expect, it } from 'vitest';
import { fastestWithHighestPeak, memoryPeak } from '../../scripts/lib/bench/buildBreakdown.ts';
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

	it('counts several builds of a site as the fastest one’s time and phases with the highest memory peak, placed in its own build’s phases', () => {
		const slow = run({
			seconds: 55.2,
			phases: { startup: 2, content: 1, bundle: 2, render: 30, pagefind: 15, finish: 5 },
			peakTreeMiB: 1821,
			peakAt: 31,
			peakProcessMiB: 1706,
		});
		const fast = run({
			seconds: 44.3,
			phases: { startup: 2, content: 1, bundle: 2, render: 18, pagefind: 16, finish: 5 },
			peakTreeMiB: 1769,
			peakAt: 22,
			peakProcessMiB: 1656,
		});
		for (const runs of [
			[slow, fast],
			[fast, slow],
		]) {
			const counted = fastestWithHighestPeak(runs);
			expect(counted.seconds).toBe(44.3);
			expect(counted.phases).toEqual(fast.phases);
			expect([counted.peakTreeMiB, counted.peakProcessMiB]).toEqual([1821, 1706]);
			// 31 s is rendering in the slow build's phases, though Pagefind's in the fast one's.
			expect(memoryPeak(counted)).toBe(
				'1821 MiB at 31.0 s, rendering pages (largest single process 1706 MiB)',
			);
		}
	});

	it('counts a build stopped for time or by a full heap only when no build finished', () => {
		const stopped = run({ seconds: 12, timedOut: true, peakTreeMiB: 900 });
		const finished = run({ seconds: 40, peakTreeMiB: 800 });
		expect(fastestWithHighestPeak([stopped, finished]).seconds).toBe(40);
		expect(fastestWithHighestPeak([stopped, finished]).peakTreeMiB).toBe(900);
		expect(fastestWithHighestPeak([stopped]).timedOut).toBe(true);
	});
});
