import type { BuildMeasurement, BuildPhases } from './measureBuild.ts';
import { mib, secs } from './table.ts';

/**
 * Where a build's time and memory go, for the bench's tables and for the reason it gives beside
 * a missed target: its phases (as Astro's messages mark them) and the route kinds Astro reports
 * rendering times for.
 */

export const PHASE_NAMES: Record<keyof BuildPhases, string> = {
	startup: 'start-up and config',
	content: 'content sync, types',
	bundle: 'bundling (Vite, MDX)',
	render: 'rendering pages',
	pagefind: 'Pagefind index',
	finish: 'page step, sitemap, exit',
};
export const PHASES = Object.keys(PHASE_NAMES) as (keyof BuildPhases)[];

/** Kinds of route, to show where rendering time goes (first match wins). */
export const ROUTE_KINDS: [string, RegExp][] = [
	['quiz exports (GIFT, QTI)', /^\/quiz-exports\//],
	['lesson student views', /^\/[^/]+\/lessons\/[^/]+\/[^/]+\/student\//],
	['lesson speaker views', /^\/[^/]+\/lessons\/[^/]+\/[^/]+\/present\/speaker\//],
	['lesson slides', /^\/[^/]+\/lessons\/[^/]+\/[^/]+\/present\//],
	['lessons', /^\/[^/]+\/lessons\/[^/]+\/[^/]+\/index\.html$/],
	['lesson catalogues', /^\/[^/]+\/lessons\/index\.html$/],
	['help per country', /^\/[^/]+\/help\/country\//],
	['law pages', /^\/[^/]+\/law\//],
	['other pages', /./],
];

export type RouteKinds = Map<string, { count: number; ms: number }>;

/**
 * The routes of a build by kind: how many, and the rendering milliseconds Astro reported for them.
 * A build that renders several pages at a time (`build.concurrency`, as the kit does) reports
 * times that overlap, adding up to more than the rendering took: they are then shared out over
 * the rendering phase in proportion, so kinds compare with a build that renders one at a time.
 */
export function routesByKind(run: BuildMeasurement): RouteKinds {
	const kinds: RouteKinds = new Map(ROUTE_KINDS.map(([kind]) => [kind, { count: 0, ms: 0 }]));
	const reported = run.routes.reduce((sum, route) => sum + route.ms, 0);
	const share = reported > run.phases.render * 1000 ? (run.phases.render * 1000) / reported : 1;
	for (const route of run.routes) {
		const [kind] = ROUTE_KINDS.find(([, pattern]) => pattern.test(route.path))!;
		const entry = kinds.get(kind)!;
		entry.count++;
		entry.ms += route.ms * share;
	}
	return kinds;
}

/** The phase a moment of the build (seconds from its start) falls in. */
export function phaseAt(run: BuildMeasurement, seconds: number): keyof BuildPhases {
	let end = 0;
	for (const phase of PHASES) {
		end += run.phases[phase];
		if (seconds <= end) return phase;
	}
	return 'finish';
}

/**
 * Why the kit took longer than plain Starlight with the same pages: the phase that adds most
 * and, when that is rendering, the route kind that adds most.
 */
export function extraTime(kit: BuildMeasurement, plain: BuildMeasurement): string {
	const worst = PHASES.reduce((a, b) =>
		kit.phases[b] - plain.phases[b] > kit.phases[a] - plain.phases[a] ? b : a,
	);
	const kinds = { kit: routesByKind(kit), plain: routesByKind(plain) };
	const costliest = [...kinds.kit]
		.map(([kind, entry]) => ({ kind, extra: entry.ms - (kinds.plain.get(kind)?.ms ?? 0) }))
		.reduce((a, b) => (b.extra > a.extra ? b : a));
	return (
		`most of the extra time is ${PHASE_NAMES[worst]}: ${secs(kit.phases[worst])} against ${secs(plain.phases[worst])}` +
		(worst === 'render'
			? `; the route kind that adds most is ${costliest.kind} (+${secs(costliest.extra / 1000)})`
			: '')
	);
}

/**
 * Why the kit's time per page grew from a smaller build to a larger one: the phase whose time per
 * page grew most, and the route kind whose time per route grew most.
 */
export function perPageGrowth(small: BuildMeasurement, large: BuildMeasurement): string {
	const perPage = (run: BuildMeasurement, phase: keyof BuildPhases) => (run.phases[phase] / run.pages) * 1000;
	const phase = PHASES.reduce((a, b) =>
		perPage(large, b) - perPage(small, b) > perPage(large, a) - perPage(small, a) ? b : a,
	);
	const kinds = { small: routesByKind(small), large: routesByKind(large) };
	const each = (entry?: { count: number; ms: number }) => (entry?.count ? entry.ms / entry.count : 0);
	const kind = [...kinds.large]
		.filter(([name]) => kinds.small.get(name)?.count)
		.map(([name, entry]) => ({ name, from: each(kinds.small.get(name)), to: each(entry) }))
		.reduce((a, b) => (b.to - b.from > a.to - a.from ? b : a));
	const html = (run: BuildMeasurement) => run.htmlBytes / run.pages / 1024;
	return (
		`${PHASE_NAMES[phase]} grew from ${perPage(small, phase).toFixed(1)} to ${perPage(large, phase).toFixed(1)} ms a page; ` +
		`${kind.name} from ${kind.from.toFixed(0)} to ${kind.to.toFixed(0)} ms each; ` +
		`average page HTML from ${html(small).toFixed(0)} to ${html(large).toFixed(0)} KB`
	);
}

/** When, where and in which processes a build's memory peaked, e.g. "5614 MiB at 340.7 s, Pagefind index: astro.mjs 3062 MiB + pagefind_extended 2453 MiB". */
export function memoryPeak(run: BuildMeasurement): string {
	if (run.peakTreeMiB === undefined) return 'not measured';
	const at =
		run.peakAt === undefined
			? ''
			: ` at ${secs(run.peakAt)}, ${PHASE_NAMES[phaseAt({ ...run, phases: run.peakPhases ?? run.phases }, run.peakAt)]}`;
	const parts =
		run.peakParts && run.peakParts.length > 1
			? `: ${run.peakParts.map((part) => `${part.name} ${mib(part.mib)}`).join(' + ')}`
			: '';
	const single =
		run.peakProcessMiB === undefined ? '' : ` (largest single process ${mib(run.peakProcessMiB)})`;
	return `${mib(run.peakTreeMiB)}${at}${parts}${single}`;
}

/**
 * Several cold builds of one site as one measurement: the time and phases of the fastest build
 * (other work on the machine only ever adds time, and single builds here vary by a fifth either
 * way), and the memory peak of the build that peaked highest (a memory target holds only if every
 * build meets it). Builds stopped for time or by a full heap count only if none finished.
 */
export function fastestWithHighestPeak(runs: BuildMeasurement[]): BuildMeasurement {
	const finished = runs.filter((run) => !run.timedOut && !run.heapLimitHit);
	const timed = finished.length ? finished : runs;
	const fastest = timed.reduce((a, b) => (b.seconds < a.seconds ? b : a));
	const highest = runs.reduce((a, b) => ((b.peakTreeMiB ?? 0) > (a.peakTreeMiB ?? 0) ? b : a));
	return {
		...fastest,
		peakTreeMiB: highest.peakTreeMiB,
		peakAt: highest.peakAt,
		peakParts: highest.peakParts,
		// The phases of the build that peaked, to place its peak in them (`memoryPeak`).
		peakPhases: highest.phases,
		peakProcessMiB: Math.max(...runs.map((run) => run.peakProcessMiB ?? 0)) || undefined,
	};
}
