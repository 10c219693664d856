import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ASTRO_BIN, buildEnv } from '../projectCopy.ts';

export interface BuildMeasurement {
	/** Wall-clock seconds from starting the build (`npm run build`'s script, or `astro build`) to its exit. */
	seconds: number;
	/** Highest sum of the resident memory of the build and all its child processes (Pagefind, …), in MiB; undefined without /proc. */
	peakTreeMiB?: number;
	/** Seconds from the start at which the process tree's memory peaked, to find the phase it peaked in. */
	peakAt?: number;
	/** At that moment: each process of the tree with over 1% of the sum (`astro.mjs` is Astro's Node process, `build.ts` the kit's build script; Pagefind's indexer is `pagefind_extended`), largest first, in MiB. */
	peakParts?: { name: string; mib: number }[];
	/** Highest resident memory of any single process of the build, from /usr/bin/time, in MiB. */
	peakProcessMiB?: number;
	/** HTML pages in the built site, and their size together in bytes. */
	pages: number;
	htmlBytes: number;
	/** Seconds spent in the build's phases, as Astro and Pagefind report them (see `buildPhases`). */
	phases: BuildPhases;
	/** Where several builds count as one (`fastestWithHighestPeak`): the phases of the build whose memory peak is given. */
	peakPhases?: BuildPhases;
	/** The build's exit code (null when it was stopped), and the end of what it printed. */
	status: number | null;
	/** The machine's load average (1 min) when the build started and when it ended: other work makes builds slower. */
	load: [number, number];
	/** True when the build ran out of time and was stopped. */
	timedOut: boolean;
	/** True when Node stopped the build because its JavaScript heap was full. */
	heapLimitHit: boolean;
	/** HTML pages Astro reported as rendered (for a stopped build: how far it got). */
	rendered: number;
	/** Every route Astro rendered (pages and other files), with the milliseconds it reported for it. */
	routes: { path: string; ms: number }[];
	output: string;
}

/** Seconds from one of the build's messages to the next, timed as they arrive. */
export interface BuildPhases {
	/** Starting Node and Astro and loading the config, up to "Syncing content". */
	startup: number;
	/** Content sync, types and build info, up to "Building static entrypoints". */
	content: number;
	/** Vite bundling (compiling Markdown, MDX, components), up to "generating static routes". */
	bundle: number;
	/**
	 * Rendering every page and optimising images, up to Pagefind's start: for the kit's
	 * `npm run build`, the sitemap and Astro's exit too (Pagefind starts after it).
	 */
	render: number;
	/** Pagefind's index (beside it, under `npm run build`, the kit's page step). */
	pagefind: number;
	/**
	 * What runs after Pagefind: the rest of the kit's page step (security and link check); under
	 * `astro build` alone, also the sitemap and Astro's exit.
	 */
	finish: number;
}

/** The message that starts each phase, in order. */
const PHASE_STARTS: [keyof BuildPhases, RegExp][] = [
	['startup', /^/],
	['content', /\[content\] Syncing content/],
	['bundle', /Building static entrypoints/],
	['render', /generating static routes/],
	['pagefind', /Building search index/],
	['finish', /Finished building search index/],
];

/** Splits a build's time into phases, from the times its messages arrived (seconds from the start). */
export function buildPhases(lines: { at: number; text: string }[], total: number): BuildPhases {
	const starts = PHASE_STARTS.map(([phase, marker], index) => ({
		phase,
		at: index === 0 ? 0 : lines.find((line) => marker.test(line.text))?.at,
	}));
	const phases: BuildPhases = { startup: 0, content: 0, bundle: 0, render: 0, pagefind: 0, finish: 0 };
	const found = starts.filter(
		(start): start is { phase: keyof BuildPhases; at: number } => start.at !== undefined,
	);
	found.forEach((start, index) => {
		phases[start.phase] = (found[index + 1]?.at ?? total) - start.at;
	});
	return phases;
}

const TIME = '/usr/bin/time';
/** How often /proc is read for the memory of the build's processes. */
const POLL_MS = 100;

/** The parent of every process, from /proc/<pid>/stat (the command name may hold spaces and brackets). */
function parentsByPid(): Map<number, number> {
	const parents = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			parents.set(Number(name), ppid);
		} catch {
			// The process ended between listing and reading.
		}
	}
	return parents;
}

/** Resident memory in KiB of `pid` and of each of its descendants, by process. */
function treeRss(pid: number): { name: string; kib: number }[] {
	const parents = parentsByPid();
	const tree = new Set([pid]);
	for (let grew = true; grew;) {
		grew = false;
		for (const [child, parent] of parents) {
			if (tree.has(parent) && !tree.has(child)) {
				tree.add(child);
				grew = true;
			}
		}
	}
	const parts: { name: string; kib: number }[] = [];
	for (const member of tree) {
		try {
			const status = readFileSync(`/proc/${member}/status`, 'utf8');
			const name = programName(readFileSync(`/proc/${member}/cmdline`, 'utf8').split('\0'));
			parts.push({ name, kib: Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) });
		} catch {
			// Ended meanwhile.
		}
	}
	return parts;
}

/** A process's program, by file name: for Node, the script it runs (`astro.mjs`). */
export function programName([program = '', script = '']: string[]): string {
	const name = basename(program);
	return name === 'node' && script ? basename(script) : name || '?';
}

/**
 * The processes that held more than 1% of the tree's memory, largest first, in MiB: at a build's
 * peak, Astro's Node process and Pagefind's indexer (a separate program) show as two parts.
 */
export function largestParts(parts: { name: string; kib: number }[], totalKiB: number) {
	return parts
		.filter((part) => part.kib > totalKiB / 100)
		.sort((a, b) => b.kib - a.kib)
		.map(({ name, kib }) => ({ name, mib: kib / 1024 }));
}

/** The HTML pages of a built site: how many, and their bytes together. */
function htmlPages(dir: string): { pages: number; htmlBytes: number } {
	if (!existsSync(dir)) return { pages: 0, htmlBytes: 0 };
	const files = readdirSync(dir, { withFileTypes: true, recursive: true }).filter(
		(entry) => entry.isFile() && entry.name.endsWith('.html'),
	);
	const htmlBytes = files.reduce((total, file) => total + statSync(join(file.parentPath, file.name)).size, 0);
	return { pages: files.length, htmlBytes };
}

/** What Node prints when a process runs out of JavaScript heap. */
const HEAP_LIMIT =
	/JavaScript heap out of memory|Reached heap limit|Ineffective mark-compacts near heap limit/;

export interface BuildOptions {
	/** Seconds after which the build is stopped; no limit by default. */
	timeoutSeconds?: number;
	/** Extra environment variables for the build, e.g. `NODE_OPTIONS` for a larger heap. */
	env?: Record<string, string>;
	/** Options for the Node that runs Astro, before its script, e.g. `--cpu-prof`. */
	nodeArgs?: string[];
}

/**
 * Runs the build in `root` (into `root/dist`) and measures its wall-clock time and peak memory:
 * the kit's `npm run build` (scripts/build.ts) where the folder has it, otherwise `astro build`
 * (plain Starlight), and `astro build` for `nodeArgs` too, which are for Astro's own process.
 * Caches from earlier builds in that folder are deleted first, so every build starts cold. A build
 * still running after `timeoutSeconds` is stopped (its own process group only).
 */
export async function measureBuild(
	root: string,
	{ timeoutSeconds = Infinity, env = {}, nodeArgs = [] }: BuildOptions = {},
): Promise<BuildMeasurement> {
	for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
		rmSync(join(root, cache), { recursive: true, force: true });
	}
	const useTime = existsSync(TIME);
	const useProc = existsSync('/proc/self/status');
	const timeDir = mkdtempSync(join(tmpdir(), 'bench-time-'));
	const timeFile = join(timeDir, 'maxrss');
	const script = join(root, 'scripts/build.ts');
	const node =
		nodeArgs.length === 0 && existsSync(script)
			? [process.execPath, script]
			: [process.execPath, ...nodeArgs, ASTRO_BIN, 'build'];
	const command = useTime ? [TIME, '-f', '%M', '-o', timeFile, ...node] : node;

	const loadAtStart = loadavg()[0]!;
	const started = performance.now();
	// A process group of its own, so a build that runs out of time can be stopped with its children.
	const child = spawn(command[0]!, command.slice(1), { cwd: root, env: buildEnv(env), detached: true });
	const stop = () => {
		try {
			process.kill(-child.pid!, 'SIGTERM');
		} catch {
			// Already ended.
		}
	};
	// Ctrl+C reaches only the terminal's process group: pass it on to the build's.
	const interrupted = () => {
		stop();
		process.exit(130);
	};
	process.once('SIGINT', interrupted);
	let timedOut = false;
	const timer = Number.isFinite(timeoutSeconds)
		? setTimeout(() => {
				timedOut = true;
				stop();
			}, timeoutSeconds * 1000)
		: undefined;
	let output = '';
	/** Each line with the seconds since the start at which it arrived. */
	const lines: { at: number; text: string }[] = [];
	const collect = (chunk: Buffer) => {
		const at = (performance.now() - started) / 1000;
		const text = chunk.toString().replace(/\x1b\[[0-9;]*m/g, '');
		output += text;
		for (const line of text.split('\n')) if (line.trim()) lines.push({ at, text: line });
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	let peakKiB = 0;
	let peakAt: number | undefined;
	let peakParts: { name: string; kib: number }[] = [];
	const poll = useProc
		? setInterval(() => {
				const parts = treeRss(child.pid!);
				const kib = parts.reduce((sum, part) => sum + part.kib, 0);
				if (kib > peakKiB) [peakKiB, peakAt, peakParts] = [kib, (performance.now() - started) / 1000, parts];
			}, POLL_MS)
		: undefined;
	const status = await new Promise<number | null>((done) => child.on('close', done));
	const elapsed = (performance.now() - started) / 1000;
	clearInterval(poll);
	clearTimeout(timer);
	process.off('SIGINT', interrupted);

	let peakProcessMiB: number | undefined;
	if (useTime && existsSync(timeFile)) {
		const kib = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop());
		if (kib > 0) peakProcessMiB = kib / 1024;
	}
	rmSync(timeDir, { recursive: true, force: true });
	return {
		seconds: elapsed,
		peakTreeMiB: useProc ? peakKiB / 1024 : undefined,
		peakAt,
		peakParts: useProc ? largestParts(peakParts, peakKiB) : undefined,
		peakProcessMiB,
		...htmlPages(join(root, 'dist')),
		phases: buildPhases(lines, elapsed),
		status,
		load: [loadAtStart, loadavg()[0]!],
		timedOut,
		heapLimitHit: status !== 0 && !timedOut && HEAP_LIMIT.test(output),
		rendered: output.match(/^\S+\s+[├└]─ \/\S*\.html/gm)?.length ?? 0,
		routes: [
			...output.matchAll(/^\S+\s+[├└]─ (\/[^\s(]+?)(?:\d\d:\d\d:\d\d.*)?(?: \(\+([\d.]+)(ms|s)\))?\s*$/gm),
		].map(([, path, value, unit]) => ({ path: path!, ms: Number(value ?? 0) * (unit === 's' ? 1000 : 1) })),
		output: output.split('\n').slice(-40).join('\n'),
	};
}
