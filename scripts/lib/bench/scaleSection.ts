import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { loadKitConfig } from '../../../src/config/loadKitConfig.ts';
import { extraTime, fastestWithHighestPeak, memoryPeak, perPageGrowth } from './buildBreakdown.ts';
import { largestSiteChecks } from './largestSite.ts';
import type { BuildMeasurement, BuildOptions } from './measureBuild.ts';
import { plainStarlightSite } from './plainStarlightSite.ts';
import { profileSection } from './profileSection.ts';
import { scaleChart } from './scaleChart.ts';
import { SCALE_SOURCE, scaleFixture } from './scaleFixture.ts';
import { SEARCH_QUERY } from './searchTransfer.ts';
import { kb, mib, secs, table, times } from './table.ts';

/**
 * The bench's scale section: the kit and a plain Starlight site with the same generated lessons in
 * every locale, built in the same session at several sizes (in pages), with the targets of "A kit
 * in twenty-five languages": time per page within 1.2× plain Starlight's and no higher at the
 * largest size than for the kit as it is, peak memory at most plain Starlight's, and at most
 * 4 GiB at 10,000 pages (stretch: 2 GiB).
 */

export const SCALE_TARGET = { perPage: 1.2, memory: 1.0, memoryAt10k: 4096, stretchAt10k: 2048 };

export interface Check {
	measure: string;
	value: string;
	target: string;
	pass?: boolean;
	reason?: string;
}

export interface ScaleContext {
	/** Sizes to build, in pages. */
	pages: number[];
	/** Builds of each site at each size; the fastest counts, and the highest memory peak (`fastestWithHighestPeak`). */
	rounds: number;
	timeoutSeconds: number;
	/** Heap for every scale build in MiB (`--max-old-space-size`); without it, Node's default until a build needs more. */
	heapMiB?: number;
	/** Run the largest kit build again under `--cpu-prof` and show where its time goes. */
	profile: boolean;
	keep: boolean;
	/** Where the chart goes. */
	chartPath: string;
	build: (name: string, root: string, options?: BuildOptions) => Promise<BuildMeasurement>;
	check: (entry: Check) => void;
	section: (title: string) => void;
}

/** One size of the scale run. */
interface ScaleRow {
	label: string;
	/** The size asked for, in pages (undefined for the kit as it is). */
	target?: number;
	kit: BuildMeasurement;
	plain: BuildMeasurement;
	/** Every build's seconds, in the order they ran (for the kit as it is: section 1's). */
	seconds?: { kit: number[]; plain: number[] };
	heapMiB?: number;
}

/**
 * The pages one lesson adds to the kit: every HTML page under its folder (lesson, student view,
 * slides, speaker view, …) in every locale of a built kit, so the bench follows new kinds of pages.
 */
export function pagesPerLesson(dist: string, lessonPath: string): number {
	let pages = 0;
	for (const locale of readdirSync(dist)) {
		const folder = join(dist, locale, lessonPath);
		const isLessonPage = existsSync(join(folder, 'index.html'));
		if (!isLessonPage) continue;
		pages += readdirSync(folder, { recursive: true }).filter((name) => String(name).endsWith('.html')).length;
	}
	return pages;
}

/** How many generated lessons (in every locale) bring a kit of `basePages` to about `pages` pages. */
export function lessonsFor(pages: number, basePages: number, perLesson: number): number {
	return Math.max(1, Math.round((pages - basePages) / perLesson));
}

/** The environment that gives a build's Node `heapMiB` of heap (none: Node's default). */
const heapEnv = (heapMiB?: number): Record<string, string> =>
	heapMiB ? { NODE_OPTIONS: `--max-old-space-size=${heapMiB}` } : {};
/** A build stopped for time, or by a full heap, measured nothing complete. */
const unfinished = (run: BuildMeasurement) => run.timedOut || run.heapLimitHit;
/** How far a build that did not finish got, and why it stopped. */
function stopped(run: BuildMeasurement, timeoutSeconds: number): string {
	const why = run.timedOut
		? `stopped after ${secs(timeoutSeconds)} (BENCH_BUILD_TIMEOUT)`
		: `ran out of Node's heap after ${secs(run.seconds)} (BENCH_HEAP_MB)`;
	return `${why} with ${run.rendered} pages rendered`;
}
/** The load average (1 min) at a build's start and end, e.g. "5.8→9.1". */
const loadRange = (run: BuildMeasurement) => run.load.map((load) => load.toFixed(1)).join('→');
const msPerPage = (run: BuildMeasurement) => (run.seconds / run.pages) * 1000;
/** A larger heap when a build runs out of Node's default one: half the machine's memory, at most 8 GiB. */
const RETRY_HEAP_MIB = Math.min(8192, Math.floor(totalmem() / 2 ** 20 / 2));

/** Builds the kit and plain Starlight at every size, prints the table and checks, draws the chart. */
export async function scaleSection(
	base: { kit: BuildMeasurement; plain: BuildMeasurement },
	kitDist: string,
	ctx: ScaleContext,
) {
	const kit = loadKitConfig(undefined, {});
	const lessonPath = relative(join('lessons', kit.defaultLocale), SCALE_SOURCE).replace(/\.mdx?$/, '');
	const perLesson = pagesPerLesson(kitDist, lessonPath);
	const rows: ScaleRow[] = [{ label: 'the kit as it is', kit: base.kit, plain: base.plain }];
	let largest: { remove: () => void; root: string; heapMiB?: number } | undefined;
	for (const target of ctx.pages) {
		const count = lessonsFor(target, base.kit.pages, perLesson);
		let heapMiB = ctx.heapMiB;
		const kitCopy = scaleFixture(count);
		const plain = plainStarlightSite({ generated: count });
		const name = `~${target} pages (${count} generated lessons × ${kit.locales.length} locales)`;
		const sites = {
			kit: { name: 'the kit', root: kitCopy.root },
			plain: { name: 'plain Starlight', root: plain.root },
		};
		const buildSite = (site: keyof typeof sites, round = 1) =>
			ctx.build(
				`${sites[site].name} at ${name}${round > 1 ? `, round ${round}/${ctx.rounds}` : ''}`,
				sites[site].root,
				{
					timeoutSeconds: ctx.timeoutSeconds,
					env: heapEnv(heapMiB),
				},
			);
		// A build that runs out of Node's heap is built again with a larger one, and both sites get
		// the same heap at each size, so the comparison stays fair.
		const canRaise = () => heapMiB === undefined || heapMiB < RETRY_HEAP_MIB;
		let kitRun = await buildSite('kit');
		if (kitRun.heapLimitHit && canRaise()) {
			heapMiB = RETRY_HEAP_MIB;
			kitRun = await buildSite('kit');
		}
		let plainRun = await buildSite('plain');
		if (plainRun.heapLimitHit && canRaise()) {
			heapMiB = RETRY_HEAP_MIB;
			kitRun = await buildSite('kit');
			plainRun = await buildSite('plain');
		}
		// More rounds, taking turns, once both sites have built in full at this size.
		const runs = { kit: [kitRun], plain: [plainRun] };
		for (let round = 2; round <= ctx.rounds && !unfinished(kitRun) && !unfinished(plainRun); round++) {
			runs.kit.push(await buildSite('kit', round));
			runs.plain.push(await buildSite('plain', round));
		}
		const row: ScaleRow = {
			label: `~${target}: +${count} lessons × ${kit.locales.length}`,
			target,
			kit: fastestWithHighestPeak(runs.kit),
			plain: fastestWithHighestPeak(runs.plain),
			seconds: { kit: runs.kit.map((run) => run.seconds), plain: runs.plain.map((run) => run.seconds) },
			heapMiB,
		};
		rows.push(row);
		plain.remove();
		// The largest site: search and the way to every lesson, as readers and teachers meet them.
		if (target === Math.max(...ctx.pages) && !unfinished(row.kit))
			await largestSiteChecks(join(kitCopy.root, 'dist'), row.label, SEARCH_QUERY, ctx.check);
		if (ctx.profile && target === Math.max(...ctx.pages)) largest = { ...kitCopy, heapMiB };
		else if (!ctx.keep) kitCopy.remove();
	}

	ctx.section(
		`2. Scale: the kit and plain Starlight with N generated lessons (copies of ${SCALE_SOURCE}) in each of ${kit.locales.length} locales' own folders`,
	);
	console.log(
		`One generated lesson adds ${perLesson} pages to the kit (its lesson, student view, slides and speaker view in every locale, counted in section 1's build); ` +
			`plain Starlight gets a plain page for each of them.\n`,
	);
	printTable(rows, ctx.timeoutSeconds);
	const rounds = rows.filter((row) => row.seconds && row.seconds.kit.length > 1);
	if (rounds.length)
		console.log(
			`\nThe fastest of ${ctx.rounds} builds of each site at each size counts (section 1's for the kit as it is), with the highest memory peak of them. Every build, in order: ` +
				rounds
					.map(
						(row) =>
							`${row.label}: kit ${row.seconds!.kit.map((s) => secs(s)).join(', ')}; plain Starlight ${row.seconds!.plain.map((s) => secs(s)).join(', ')}`,
					)
					.join('; ') +
				'.',
		);
	console.log(`\nWhere each build's memory peaked (the process tree, and its processes at that moment):`);
	for (const row of rows)
		console.log(`- ${row.label}: kit ${memoryPeak(row.kit)}; plain Starlight ${memoryPeak(row.plain)}`);
	const heaps = rows.filter((row) => row.heapMiB);
	if (heaps.length)
		console.log(
			`\nBuilt with NODE_OPTIONS=--max-old-space-size=${heaps[0]!.heapMiB} for both sites at ${heaps.map((row) => `~${row.target}`).join(', ')} pages` +
				(ctx.heapMiB ? ' (BENCH_HEAP_MB).' : ": a build ran out of Node's default heap."),
		);
	scaleChecks(rows, ctx);
	writeChart(rows, ctx.chartPath);
	console.log(`\nChart: ${relative(process.cwd(), ctx.chartPath)}`);
	if (largest) {
		await profileSection(largest.root, { ...ctx, env: heapEnv(largest.heapMiB) });
		if (!ctx.keep) largest.remove();
	}
}

function printTable(rows: ScaleRow[], timeoutSeconds: number) {
	const line = (row: ScaleRow, site: 'kit' | 'plain') => {
		const run = row[site];
		const name = site === 'kit' ? 'kit' : 'plain Starlight';
		if (unfinished(run))
			return [
				row.label,
				name,
				`${run.rendered}+`,
				run.timedOut ? `stopped at ${secs(timeoutSeconds)}` : 'out of heap',
				'–',
				'–',
				'–',
				'–',
				mib(run.peakTreeMiB),
				loadRange(run),
			];
		return [
			row.label,
			name,
			run.pages,
			secs(run.seconds),
			msPerPage(run).toFixed(1),
			secs(run.phases.render),
			secs(run.phases.pagefind),
			kb(run.htmlBytes / run.pages),
			mib(run.peakTreeMiB),
			loadRange(run),
		];
	};
	console.log(
		table(
			[
				'Size (pages)',
				'Site',
				'Pages',
				'Build time',
				'ms/page',
				'Render',
				'Pagefind',
				'Avg HTML/page',
				'Peak RSS, tree',
				'Load',
			],
			rows.flatMap((row) => [line(row, 'kit'), line(row, 'plain')]),
		),
	);
	const done = rows.filter((row) => !unfinished(row.kit) && !unfinished(row.plain));
	const [first, last] = [done[0]!, done.at(-1)!];
	if (done.length > 1)
		console.log(
			`\nFrom ${first.kit.pages} to ${last.kit.pages} pages, time per page: kit ×${(msPerPage(last.kit) / msPerPage(first.kit)).toFixed(2)}, ` +
				`plain Starlight ×${(msPerPage(last.plain) / msPerPage(first.plain)).toFixed(2)}; ` +
				`average page HTML: kit ×${(last.kit.htmlBytes / last.kit.pages / (first.kit.htmlBytes / first.kit.pages)).toFixed(2)}, ` +
				`plain ×${(last.plain.htmlBytes / last.plain.pages / (first.plain.htmlBytes / first.plain.pages)).toFixed(2)}.`,
		);
}

function scaleChecks(rows: ScaleRow[], ctx: ScaleContext) {
	const why = (run: BuildMeasurement) => stopped(run, ctx.timeoutSeconds);
	for (const row of rows.slice(1)) {
		const { kit, plain } = row;
		const ratio = msPerPage(kit) / msPerPage(plain);
		ctx.check({
			measure: `Scale ${row.label}: build time per page, kit ÷ plain`,
			value:
				unfinished(kit) || unfinished(plain)
					? why(unfinished(kit) ? kit : plain)
					: `${times(ratio)} (${msPerPage(kit).toFixed(1)} ÷ ${msPerPage(plain).toFixed(1)} ms; ${kit.pages} and ${plain.pages} pages)`,
			target: `≤ ${times(SCALE_TARGET.perPage)}`,
			pass: !unfinished(kit) && !unfinished(plain) && ratio <= SCALE_TARGET.perPage,
			reason:
				unfinished(kit) || unfinished(plain) ? why(unfinished(kit) ? kit : plain) : extraTime(kit, plain),
		});
		if (kit.peakTreeMiB && plain.peakTreeMiB)
			ctx.check({
				measure: `Scale ${row.label}: peak memory, kit ÷ plain`,
				value: `${times(kit.peakTreeMiB / plain.peakTreeMiB)} (${mib(kit.peakTreeMiB)} ÷ ${mib(plain.peakTreeMiB)})`,
				target: `≤ ${times(SCALE_TARGET.memory)}`,
				pass:
					!unfinished(kit) &&
					!unfinished(plain) &&
					kit.peakTreeMiB <= plain.peakTreeMiB * SCALE_TARGET.memory,
				reason:
					`kit ${memoryPeak(kit)}; plain Starlight ${memoryPeak(plain)}` +
					(unfinished(kit) ? ` (${why(kit)})` : ''),
			});
		if ((row.target ?? 0) >= 10_000 && kit.peakTreeMiB) {
			const stretch = kit.peakTreeMiB <= SCALE_TARGET.stretchAt10k;
			ctx.check({
				measure: `Scale ${row.label}: kit peak memory`,
				value: `${mib(kit.peakTreeMiB)} (stretch ≤ ${mib(SCALE_TARGET.stretchAt10k)}: ${stretch ? 'met' : 'not met'})`,
				target: `≤ ${mib(SCALE_TARGET.memoryAt10k)}`,
				pass: !unfinished(kit) && kit.peakTreeMiB <= SCALE_TARGET.memoryAt10k,
				reason: memoryPeak(kit) + (unfinished(kit) ? ` (${why(kit)})` : ''),
			});
		}
	}
	const largest = rows.at(-1)!;
	if (rows.length > 1) {
		const [small, large] = [rows[0]!.kit, largest.kit];
		ctx.check({
			measure: `Scale: kit time per page at ${largest.label} ÷ the kit as it is (linear)`,
			value: unfinished(large)
				? why(large)
				: `${times(msPerPage(large) / msPerPage(small))} (${msPerPage(large).toFixed(1)} ÷ ${msPerPage(small).toFixed(1)} ms)`,
			target: '≤ 1.00×',
			pass: !unfinished(large) && msPerPage(large) <= msPerPage(small),
			reason: unfinished(large) ? why(large) : perPageGrowth(small, large),
		});
	}
}

/** Writes the chart of time and memory against pages, with the date, machine and load in its note. */
function writeChart(rows: ScaleRow[], path: string) {
	const point = (run: BuildMeasurement) => ({
		pages: unfinished(run) ? run.rendered : run.pages,
		seconds: unfinished(run) ? undefined : run.seconds,
		peakMiB: unfinished(run) ? undefined : run.peakTreeMiB,
	});
	const date = new Date().toISOString().slice(0, 10);
	const loads = rows.flatMap((row) => [...row.kit.load, ...row.plain.load]);
	const note =
		`npm run bench, ${date} · ${cpus().length} cores · load average ${Math.min(...loads).toFixed(1)}–` +
		`${Math.max(...loads).toFixed(1)} at the builds' starts and ends`;
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(
		path,
		scaleChart(
			rows.map((row) => ({ kit: point(row.kit), plain: point(row.plain) })),
			{ title: 'Build time and peak memory against pages: the kit and plain Starlight', note },
		),
	);
}
