import { describe, expect, it } from 'vitest';
import { niceAxis, scaleChart, type ScaleChartRow } from '../../scripts/lib/bench/scaleChart.ts';

const rows: ScaleChartRow[] = [
	{ kit: { pages: 552, seconds: 14, peakMiB: 1200 }, plain: { pages: 552, seconds: 10, peakMiB: 1000 } },
	{ kit: { pages: 3292, seconds: 90, peakMiB: 3800 }, plain: { pages: 3292, seconds: 40, peakMiB: 2200 } },
	{ kit: { pages: 9992 }, plain: { pages: 9992, seconds: 120, peakMiB: 3000 } },
];

/** Each plotted point's position, by panel, site and pages. */
function points(svg: string) {
	const found = new Map<string, { cx: number; cy: number }>();
	for (const [, panel, site, pages, cx, cy] of svg.matchAll(
		/<circle data-panel="(\w+)" data-site="(\w+)" data-pages="(\d+)" cx="([\d.]+)" cy="([\d.]+)"/g,
	))
		found.set(`${panel} ${site} ${pages}`, { cx: Number(cx), cy: Number(cy) });
	return found;
}

describe('the scale chart', () => {
	const svg = scaleChart(rows, { title: 'Build time & memory <scale>', note: 'Run on 2 cores' });
	const placed = points(svg);

	it('places more pages further right and a higher value higher up', () => {
		const small = placed.get('time plain 3292')!;
		const large = placed.get('time plain 9992')!;
		expect(large.cx).toBeGreaterThan(small.cx);
		expect(large.cy).toBeLessThan(small.cy);
		// At 3,292 pages the kit took longer (90 s) than plain Starlight (40 s): its point sits higher.
		expect(placed.get('time kit 3292')!.cy).toBeLessThan(small.cy);
		// Memory has its own panel, to the right of the time panel.
		expect(placed.get('memory kit 552')!.cx).toBeGreaterThan(placed.get('time kit 552')!.cx);
		expect(placed.get('memory kit 3292')!.cy).toBeLessThan(placed.get('memory plain 3292')!.cy);
	});

	it('leaves out a build that was stopped and says so in the description', () => {
		expect(placed.has('time kit 9992')).toBe(false);
		expect(placed.has('time plain 9992')).toBe(true);
		expect(svg).toMatch(/<desc id="scale-desc">[^<]*kit: [^<]*9,992 pages: stopped before the end/);
		expect(svg).toMatch(
			/<desc id="scale-desc">[^<]*plain Starlight: 552 pages in 10\.0 s, peak memory 0\.98 GiB/,
		);
	});

	it('has an accessible name and description, and escapes text', () => {
		expect(svg).toContain('role="img" aria-labelledby="scale-title scale-desc"');
		expect(svg).toContain('<title id="scale-title">Build time &amp; memory &lt;scale&gt;</title>');
		expect(svg).not.toContain('<scale>');
		expect(svg).not.toMatch(/<script|@import|url\(|href=/);
	});

	it('keeps every text at 12px or more', () => {
		const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map(([, size]) => Number(size));
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
	});

	it('chooses round axis ends and steps', () => {
		expect(niceAxis(9992)).toEqual({ max: 10000, step: 2500 });
		expect(niceAxis(90)).toEqual({ max: 100, step: 25 });
		expect(niceAxis(3.71)).toEqual({ max: 4, step: 1 });
	});
});
