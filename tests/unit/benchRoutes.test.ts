import { describe, expect, it } from 'vitest';
import { routesByKind } from '../../scripts/lib/bench/buildBreakdown.ts';
import type { BuildMeasurement } from '../../scripts/lib/bench/measureBuild.ts';

/** A build's measurement with what routesByKind reads: its routes and its rendering phase. */
const build = (renderSeconds: number, routes: BuildMeasurement['routes']) =>
	({
		routes,
		phases: { startup: 0, content: 0, bundle: 0, render: renderSeconds, pagefind: 0, finish: 0 },
	}) as unknown as BuildMeasurement;

const routes = [
	{ path: '/en/lessons/11-13/real-or-fake/present/speaker/index.html', ms: 60 },
	{ path: '/nl/lessons/11-13/real-or-fake/present/speaker/index.html', ms: 20 },
	{ path: '/en/help/index.html', ms: 20 },
];

describe('the bench’s rendering time by route kind', () => {
	it('takes the times as Astro reports them when pages render one at a time', () => {
		const kinds = routesByKind(build(0.2, routes));
		expect(kinds.get('lesson speaker views')).toEqual({ count: 2, ms: 80 });
		expect(kinds.get('other pages')).toEqual({ count: 1, ms: 20 });
	});

	it('shares the rendering phase out in proportion when the reported times overlap', () => {
		// 100 ms reported over a rendering phase of 50 ms: pages rendered two at a time.
		const kinds = routesByKind(build(0.05, routes));
		expect(kinds.get('lesson speaker views')).toEqual({ count: 2, ms: 40 });
		expect(kinds.get('other pages')).toEqual({ count: 1, ms: 10 });
	});
});
