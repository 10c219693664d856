import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reading the CPU profiles Node writes with `--cpu-prof` (V8's `.cpuprofile` format), to show
 * where a build spends its time: in Astro, Starlight, Pagefind's Node wrapper, another package,
 * the kit's own code or Node itself.
 * @see https://nodejs.org/api/cli.html#--cpu-prof
 * @see https://chromedevtools.github.io/devtools-protocol/tot/Profiler/#type-Profile
 */

/** The parts of a `.cpuprofile` file this reads. */
export interface CpuProfile {
	nodes: {
		id: number;
		callFrame: { functionName: string; url: string; lineNumber: number };
		children?: number[];
	}[];
	startTime: number;
	endTime: number;
	/** The node sampled at each tick, and the microseconds since the tick before. */
	samples: number[];
	timeDeltas: number[];
}

/** Self time in one place: a package, a file of the kit, Node's internals, or V8's own work. */
export interface ProfilePlace {
	place: string;
	/** Milliseconds spent in this place's own code (not in what it calls). */
	selfMs: number;
	/** The functions that took most of that time, with their milliseconds. */
	functions: { name: string; ms: number }[];
}

/**
 * Where a function's code lives, from its script URL: `node_modules/<package>` (the innermost
 * one; scoped packages with their scope), `kit: src/<file>` for the kit's own source,
 * `built site: <chunk>` for the bundle Astro renders pages from (named after the component or page
 * it starts with; it mixes the kit's code with Starlight's), `node internals`, `(regular
 * expressions)`, `(native code)`, or V8's own entries such as `(garbage collector)`.
 * `projectRoot` is the folder the build ran in (its `src/` is the kit's code).
 */
export function placeOf(url: string, functionName: string, projectRoot = ''): string {
	if (!url) {
		if (/^\(.*\)$/.test(functionName)) return functionName;
		return functionName.startsWith('RegExp:') ? '(regular expressions)' : '(native code)';
	}
	if (/^node:|^internal\//.test(url)) return 'node internals';
	const path = decodeURIComponent(url.replace(/^file:\/\//, ''));
	const modules = path.lastIndexOf('/node_modules/');
	if (modules >= 0) {
		const [first = '', second = ''] = path.slice(modules + '/node_modules/'.length).split('/');
		if (first === '.vite' || first === '.astro') return `built site: ${chunkName(path)}`;
		return `node_modules/${first.startsWith('@') ? `${first}/${second}` : first}`;
	}
	const inProject =
		projectRoot && path.startsWith(`${projectRoot}/`) ? path.slice(projectRoot.length + 1) : path;
	if (/^src\//.test(inProject)) return `kit: ${inProject}`;
	if (/^(dist|\.astro)\//.test(inProject) || /\/(dist|\.astro)\/\.?(prerender|chunks|pages)/.test(inProject))
		return `built site: ${chunkName(inProject)}`;
	return inProject;
}

/** A bundle chunk's file name without its content hash: `Slides_BZxBGCnh.mjs` is `Slides.mjs`. */
const chunkName = (path: string) =>
	path
		.split('/')
		.pop()!
		.replace(/_[\w-]{8}(\.m?js)$/, '$1');

/**
 * Milliseconds of self time per profile node. As in Chrome's DevTools, each sample lasts until
 * the next one; the last one until the profile's end.
 */
function selfTimes(profile: CpuProfile): Map<number, number> {
	const times = new Map<number, number>();
	const { samples, timeDeltas } = profile;
	let at = profile.startTime;
	const stamps = timeDeltas.map((delta) => (at += delta));
	for (let index = 0; index < samples.length; index++) {
		const micros = (stamps[index + 1] ?? profile.endTime) - stamps[index]!;
		const node = samples[index]!;
		times.set(node, (times.get(node) ?? 0) + Math.max(0, micros) / 1000);
	}
	return times;
}

/**
 * The places that took most self time in one or more profiles (e.g. a build's main thread and
 * its workers), most first, each with its top functions. `(idle)` and `(root)` are left out:
 * they are time spent waiting, not working.
 */
export function profilePlaces(
	profiles: CpuProfile[],
	{ projectRoot = '', top = 15, functionsPerPlace = 3 } = {},
): ProfilePlace[] {
	const places = new Map<string, Map<string, number>>();
	for (const profile of profiles) {
		const times = selfTimes(profile);
		for (const node of profile.nodes) {
			const ms = times.get(node.id);
			if (!ms) continue;
			const { functionName, url, lineNumber } = node.callFrame;
			const place = placeOf(url, functionName, projectRoot);
			if (place === '(idle)' || place === '(root)') continue;
			const name = `${functionName || '(anonymous)'}${url ? `:${lineNumber + 1}` : ''}`;
			const functions = places.get(place) ?? new Map<string, number>();
			functions.set(name, (functions.get(name) ?? 0) + ms);
			places.set(place, functions);
		}
	}
	return [...places]
		.map(([place, functions]) => ({
			place,
			selfMs: [...functions.values()].reduce((a, b) => a + b, 0),
			functions: [...functions]
				.map(([name, ms]) => ({ name, ms }))
				.sort((a, b) => b.ms - a.ms)
				.slice(0, functionsPerPlace),
		}))
		.sort((a, b) => b.selfMs - a.selfMs)
		.slice(0, top);
}

/** Every `.cpuprofile` file in a folder (Node writes one per thread), parsed. */
export function readProfiles(dir: string): CpuProfile[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.cpuprofile'))
		.map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as CpuProfile);
}

/** Milliseconds sampled in all profiles together, idle time left out, for shares of the whole. */
export function sampledMs(profiles: CpuProfile[]): number {
	return profilePlaces(profiles, { top: Infinity }).reduce((total, place) => total + place.selfMs, 0);
}
