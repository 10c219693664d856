import { describe, expect, it } from 'vitest';
import { placeOf, profilePlaces, sampledMs, type CpuProfile } from '../../scripts/lib/bench/profile.ts';

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber });

/** A build's profile in miniature: Astro calls the kit's student view, Starlight builds a sidebar. */
const profile: CpuProfile = {
	nodes: [
		{ id: 1, callFrame: frame('(root)'), children: [2, 4, 5, 6, 7] },
		{
			id: 2,
			callFrame: frame('renderPage', 'file:///work/kit/node_modules/astro/dist/core/render.js', 41),
			children: [3],
		},
		{
			id: 3,
			callFrame: frame('studentView', 'file:///work/kit/.fixtures/scale-1/src/lessons/studentView.ts', 9),
		},
		{
			id: 4,
			callFrame: frame(
				'treeify',
				'file:///work/kit/node_modules/@astrojs/starlight/dist/utils/navigation.js',
				132,
			),
		},
		{ id: 5, callFrame: frame('(garbage collector)') },
		{ id: 6, callFrame: frame('(idle)') },
		{ id: 7, callFrame: frame('readFileSync', 'node:fs', 440) },
	],
	startTime: 0,
	endTime: 19_000,
	// Ticks at 1, 3, 6, 8, 11, 12 and 17 ms (deltas in microseconds); each lasts until the next.
	samples: [2, 3, 3, 4, 5, 6, 7],
	timeDeltas: [1000, 2000, 3000, 2000, 3000, 1000, 5000],
};

describe('where a build spends its time, from a CPU profile', () => {
	it('adds up self time by where the code lives, most first, each sample lasting until the next', () => {
		const places = profilePlaces([profile], { projectRoot: '/work/kit/.fixtures/scale-1' });
		expect(places.map(({ place, selfMs }) => [place, selfMs])).toEqual([
			['kit: src/lessons/studentView.ts', 5],
			['node_modules/@astrojs/starlight', 3],
			['node_modules/astro', 2],
			['node internals', 2],
			['(garbage collector)', 1],
		]);
	});

	it('leaves idle time out of the total and names the functions with their line', () => {
		expect(sampledMs([profile])).toBe(13);
		const [kit] = profilePlaces([profile], { projectRoot: '/work/kit/.fixtures/scale-1' });
		expect(kit!.functions).toEqual([{ name: 'studentView:10', ms: 5 }]);
	});

	it('adds the profiles of several threads together and keeps only the top places', () => {
		const places = profilePlaces([profile, profile], { top: 2 });
		expect(places).toHaveLength(2);
		expect(places[1]).toMatchObject({ place: 'node_modules/@astrojs/starlight', selfMs: 6 });
	});

	it('names the innermost package, scoped packages with their scope, and the bundle Astro renders from', () => {
		expect(placeOf('file:///p/node_modules/a/node_modules/@scope/b/index.js', 'f')).toBe(
			'node_modules/@scope/b',
		);
		expect(placeOf('node:internal/fs/utils', 'f')).toBe('node internals');
		expect(placeOf('file:///p/dist/.prerender/chunks/Slides_BZxBGCnh.mjs', 'f', '/p')).toBe(
			'built site: Slides.mjs',
		);
		expect(placeOf('', '(program)')).toBe('(program)');
		expect(placeOf('', 'RegExp: <(\\/?)')).toBe('(regular expressions)');
	});
});
