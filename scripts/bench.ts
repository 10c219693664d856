/**
 * The kit's benchmark, measured in one run on this machine and printed as tables, each figure
 * with its target and PASS or MISS (and, for a miss, what the bench found behind it):
 *
 * 1. build time and peak memory of the kit against a plain Starlight site with the same text,
 *    pages and locales;
 * 2. scale: the kit and plain Starlight with the same generated lessons in every locale, at
 *    several sizes in pages, built in the same session: time, time per page, peak memory and
 *    average page size, a chart of them (docs/bench-scale.svg) and, on request, a CPU profile of
 *    the largest kit build;
 * 3. first-load transfer of a lesson page against the plain Starlight page, the quiz script, and
 *    a lesson's slides (present mode) with their own script;
 * 4. the bytes Pagefind fetches for a first search;
 * 5. Lighthouse scores (mobile) of the home page, a lesson, the catalogue and the help page;
 * 6. the offline packs' sizes, and the time `npm run pack` adds to the build.
 *
 * Usage: npm run bench. Builds copies of the project under `.fixtures/` (the project's `dist/` is
 * left alone) and deletes them at the end. Settings, as environment variables:
 *   BENCH_PAGES=1300,3300,10000  sizes of the scale run, in pages (empty: skip it); the bench
 *                         adds as many generated lessons to every locale as make about that many
 *                         pages, from the pages one lesson makes in section 1's build
 *   BENCH_ROUNDS=2        builds of the kit and of plain Starlight, in section 1 and at each size of
 *                         the scale run; the fastest of each counts, and the highest memory peak
 *   BENCH_BUILD_TIMEOUT=900  seconds after which a scale build is stopped as too slow
 *   BENCH_HEAP_MB=8192    Node heap (--max-old-space-size) for both sites' scale builds; without
 *                         it they run with Node's default, and a size whose build runs out of it
 *                         is built again, both sites with a larger heap (the output says so)
 *   BENCH_PROFILE=1       build the largest kit again under `node --cpu-prof` and show where its
 *                         time goes, by package or file
 *   BENCH_LIGHTHOUSE_RUNS=3  Lighthouse runs per page; the median run counts
 *   BENCH_KEEP=1          keep the built copies in `.fixtures/`
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from './lib/browser.ts';
import { copyProject } from './lib/projectCopy.ts';
import { projectRoot } from './lib/projectRoot.ts';
import { serveStatic } from './lib/staticServer.ts';
import { runLighthouse, type Category, type LighthouseResult } from './lib/bench/lighthouseRun.ts';
import {
	extraTime,
	fastestWithHighestPeak,
	memoryPeak,
	PHASE_NAMES,
	PHASES,
	ROUTE_KINDS,
	routesByKind,
} from './lib/bench/buildBreakdown.ts';
import { measureBuild, type BuildMeasurement, type BuildOptions } from './lib/bench/measureBuild.ts';
import { deckScript } from './lib/bench/deckScript.ts';
import { firstLoad, quizScriptGzip, sum, type Transfer } from './lib/bench/pageWeight.ts';
import { plainStarlightSite } from './lib/bench/plainStarlightSite.ts';
import { scaleSection, type Check } from './lib/bench/scaleSection.ts';
import { SEARCH_BYTES_TARGET, SEARCH_QUERY, searchTransfer } from './lib/bench/searchTransfer.ts';
import { offlinePacks } from './lib/bench/offlinePacks.ts';
import { kb, mib, secs, table, times } from './lib/bench/table.ts';

/** The targets of the issues "Quality gates and a benchmark" and "A kit in twenty-five languages". */
const TARGET = {
	buildPerPage: 1.2,
	memory: 1.0,
	firstLoad: 1.0,
	quizScriptBytes: 4 * 1024,
	deckScriptBytes: 4 * 1024,
	searchBytes: SEARCH_BYTES_TARGET,
	lighthouse: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as Record<
		Category,
		number
	>,
};
const LESSON = '/en/lessons/14-16/nudify-apps-harm-law-help/';
const LIGHTHOUSE_PAGES = ['/en/', LESSON, '/en/lessons/', '/en/help/'];

const PAGES = (process.env.BENCH_PAGES ?? '1300,3300,10000').split(',').filter(Boolean).map(Number);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 2));
const BUILD_TIMEOUT = Number(process.env.BENCH_BUILD_TIMEOUT ?? 900);
const HEAP_MB = process.env.BENCH_HEAP_MB ? Number(process.env.BENCH_HEAP_MB) : undefined;
const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));

const checks: Check[] = [];
const check = (entry: Check) => checks.push(entry);
const progress = (message: string) => console.error(`… ${message}`);
const section = (title: string) => console.log(`\n## ${title}\n`);
const fixtures: { remove: () => void }[] = [];

/** A measured build; one that fails stops the bench, except one stopped for time or by a full heap. */
async function build(name: string, root: string, options: BuildOptions = {}): Promise<BuildMeasurement> {
	progress(`building ${name}`);
	const result = await measureBuild(root, options);
	if (result.status !== 0 && !result.timedOut && !result.heapLimitHit)
		throw new Error(`The ${name} build failed:\n${result.output}`);
	if (result.heapLimitHit) progress(`${name}: out of Node's heap`);
	return result;
}

const perSecond = (run: BuildMeasurement) => run.pages / run.seconds;

/** 1. The kit against plain Starlight with the same text, pages and locales. */
async function compareBuilds() {
	const kit = copyProject('bench-kit-', {}, { lessons: true });
	const plain = plainStarlightSite();
	fixtures.push(kit, plain);
	const runs: Record<'kit' | 'plain', BuildMeasurement[]> = { kit: [], plain: [] };
	for (let round = 1; round <= ROUNDS; round++) {
		runs.kit.push(await build(`the kit (${round}/${ROUNDS})`, kit.root));
		runs.plain.push(await build(`plain Starlight (${round}/${ROUNDS})`, plain.root));
	}
	const best = { kit: fastestWithHighestPeak(runs.kit), plain: fastestWithHighestPeak(runs.plain) };

	section(
		`1. Build: the kit against plain Starlight (same text, pages and locales; fastest of ${ROUNDS} cold builds, highest memory peak)`,
	);
	console.log(
		table(
			[
				'Site',
				'Pages',
				'Build time',
				'Pages/s',
				'All runs',
				'Peak RSS, process tree',
				'Peak RSS, one process',
			],
			(['kit', 'plain'] as const).map((name) => [
				name === 'kit' ? 'kit' : 'plain Starlight',
				best[name].pages,
				secs(best[name].seconds),
				perSecond(best[name]).toFixed(1),
				runs[name].map((run) => run.seconds.toFixed(1)).join(' / ') + ' s',
				mib(best[name].peakTreeMiB),
				mib(best[name].peakProcessMiB),
			]),
		),
	);
	console.log('');
	const phases = PHASES;
	console.log(
		table(
			['Phase (fastest runs)', 'kit', 'plain', 'difference'],
			phases.map((phase) => [
				PHASE_NAMES[phase],
				secs(best.kit.phases[phase]),
				secs(best.plain.phases[phase]),
				`${best.kit.phases[phase] >= best.plain.phases[phase] ? '+' : '−'}${secs(Math.abs(best.kit.phases[phase] - best.plain.phases[phase]))}`,
			]),
		),
	);

	console.log('');
	const kinds = { kit: routesByKind(best.kit), plain: routesByKind(best.plain) };
	const cell = (entry: { count: number; ms: number } | undefined) =>
		entry?.count
			? `${entry.count} in ${secs(entry.ms / 1000)} (${(entry.ms / entry.count).toFixed(0)} ms each)`
			: '–';
	console.log(
		table(
			[
				'Rendering by route kind (as Astro reports it, shared out over rendering where pages overlap)',
				'kit',
				'plain Starlight',
			],
			ROUTE_KINDS.map(([kind]) => [kind, cell(kinds.kit.get(kind)), cell(kinds.plain.get(kind))]),
		),
	);

	const ratio = best.kit.seconds / best.kit.pages / (best.plain.seconds / best.plain.pages);
	check({
		measure: 'Build time per page, kit ÷ plain Starlight',
		value: `${times(ratio)} (${secs(best.kit.seconds)} ÷ ${secs(best.plain.seconds)}, ${best.kit.pages} and ${best.plain.pages} pages)`,
		target: `≤ ${times(TARGET.buildPerPage)}`,
		pass: ratio <= TARGET.buildPerPage,
		reason: extraTime(best.kit, best.plain),
	});
	check({
		measure: 'Build pages per second: kit, plain Starlight',
		value: `${perSecond(best.kit).toFixed(1)}, ${perSecond(best.plain).toFixed(1)}`,
		target: 'no target',
	});
	if (best.kit.peakTreeMiB && best.plain.peakTreeMiB) {
		check({
			measure: 'Build peak memory (process tree), kit ÷ plain',
			value: `${times(best.kit.peakTreeMiB / best.plain.peakTreeMiB)} (${mib(best.kit.peakTreeMiB)} ÷ ${mib(best.plain.peakTreeMiB)})`,
			target: `≤ ${times(TARGET.memory)}`,
			pass: best.kit.peakTreeMiB <= best.plain.peakTreeMiB * TARGET.memory,
			reason: `kit ${memoryPeak(best.kit)}; plain Starlight ${memoryPeak(best.plain)}`,
		});
	}
	return { kit, plain, best };
}

const fileName = (url: string) => new URL(url).pathname.split('/').pop() || new URL(url).pathname;

/** 3. First-load transfer of a lesson against plain Starlight, and the quiz script. */
async function pageWeight(kitDist: string, plainDist: string) {
	progress('measuring page weight');
	const browser = await launchBrowser();
	const servers = await Promise.all([serveStatic(kitDist), serveStatic(plainDist)]);
	const [kit, plain, deck] = [
		await firstLoad(browser, new URL(LESSON.slice(1), servers[0].url).href),
		await firstLoad(browser, new URL(LESSON.slice(1), servers[1].url).href),
		await firstLoad(browser, new URL(`${LESSON.slice(1)}present/`, servers[0].url).href),
	];
	await browser.close();
	await Promise.all(servers.map((server) => server.close()));

	section(`3. First load of a lesson (${LESSON}): HTML, CSS and JS, each gzipped`);
	const row = (name: string, transfers: Transfer[]) => [
		name,
		kb(sum(transfers, 'html')),
		kb(sum(transfers, 'css')),
		kb(sum(transfers, 'js')),
		kb(sum(transfers)),
		transfers.length,
	];
	console.log(
		table(
			['Site', 'HTML', 'CSS', 'JS', 'Total', 'Files'],
			[row('kit', kit), row('plain Starlight', plain), row('kit, the lesson’s slides', deck)],
		),
	);
	console.log('');
	console.log(
		table(
			['Kit file', 'Kind', 'Size', 'Gzipped'],
			[...kit].sort((a, b) => b.gzip - a.gzip).map((t) => [fileName(t.url), t.kind, kb(t.bytes), kb(t.gzip)]),
		),
	);

	const ratio = sum(kit) / sum(plain);
	const kinds = (['html', 'css', 'js'] as const).map((kind) => ({
		kind,
		extra: sum(kit, kind) - sum(plain, kind),
	}));
	const heaviest = kinds.reduce((a, b) => (b.extra > a.extra ? b : a));
	const plainNames = new Set(plain.map((t) => fileName(t.url)));
	const kitOnly = kit.filter((t) => t.kind === heaviest.kind && !plainNames.has(fileName(t.url)));
	check({
		measure: 'Lesson first-load transfer, kit ÷ plain Starlight',
		value: `${times(ratio)} (${kb(sum(kit))} ÷ ${kb(sum(plain))})`,
		target: `≤ ${times(TARGET.firstLoad)}`,
		pass: ratio <= TARGET.firstLoad,
		reason:
			`${heaviest.kind.toUpperCase()} is ${kb(heaviest.extra)} heavier gzipped` +
			(kitOnly.length
				? ` (kit-only files: ${kitOnly.map((t) => `${fileName(t.url)} ${kb(t.gzip)}`).join(', ')})`
				: ''),
	});

	const html = readFileSync(join(kitDist, LESSON, 'index.html'), 'utf8');
	const quiz = quizScriptGzip(html);
	check({
		measure: 'Quiz script (inline module with [data-kit-quiz]), gzipped',
		value: quiz === undefined ? 'not found in the lesson page' : kb(quiz),
		target: `≤ ${kb(TARGET.quizScriptBytes)}`,
		pass: quiz !== undefined && quiz <= TARGET.quizScriptBytes,
		reason:
			quiz === undefined
				? 'no inline module script with [data-kit-quiz] in the page'
				: 'src/quiz/quizClient.ts has grown',
	});
	deckWeight(kitDist, deck);
}

/** 3b. A lesson's slides: their first load, and their own script against its target. */
function deckWeight(kitDist: string, deck: Transfer[]) {
	check({ measure: 'Slides (present mode) first-load transfer, gzipped', value: kb(sum(deck)), target: '–' });
	const script = deckScript(kitDist, `${LESSON}present/`);
	check({
		measure: 'Slides script (deckClient and what it imports), gzipped',
		value: kb(script.gzip),
		target: `≤ ${kb(TARGET.deckScriptBytes)}`,
		pass: script.gzip <= TARGET.deckScriptBytes,
		reason: 'src/present/deckClient.ts or deckLink.ts has grown',
	});
}

/** 4. What Pagefind fetches for a first search, in the kit and (for comparison) plain Starlight. */
async function searchWeight(kitDist: string, plainDist: string) {
	progress(`searching for "${SEARCH_QUERY}"`);
	const browser = await launchBrowser();
	const servers = await Promise.all([
		serveStatic(kitDist, '/', { gzip: true }),
		serveStatic(plainDist, '/', { gzip: true }),
	]);
	const kit = await searchTransfer(browser, new URL(LESSON.slice(1), servers[0].url).href, SEARCH_QUERY);
	const plain = await searchTransfer(browser, new URL(LESSON.slice(1), servers[1].url).href, SEARCH_QUERY);
	await browser.close();
	await Promise.all(servers.map((server) => server.close()));

	section(
		`4. Pagefind: bytes fetched under /pagefind/ for a first search ("${SEARCH_QUERY}", served gzipped)`,
	);
	console.log(
		table(
			['Site', 'Transferred', 'Requests', 'Results'],
			[
				['kit', kb(kit.bytes), kit.requests.length, kit.results],
				['plain Starlight', kb(plain.bytes), plain.requests.length, plain.results],
			],
		),
	);
	console.log('');
	const byKind = new Map<string, { count: number; bytes: number }>();
	for (const request of kit.requests) {
		const kind = request.path.replace(/.*\//, '').replace(/^([a-z-]+?)[._].*?(\.[a-z_]+)$/i, '$1…$2');
		const entry = byKind.get(kind) ?? { count: 0, bytes: 0 };
		byKind.set(kind, { count: entry.count + 1, bytes: entry.bytes + request.bytes });
	}
	console.log(
		table(
			['Kit Pagefind file', 'Requests', 'Transferred'],
			[...byKind]
				.sort((a, b) => b[1].bytes - a[1].bytes)
				.map(([kind, { count, bytes }]) => [kind, count, kb(bytes)]),
		),
	);
	const largest = [...kit.requests].sort((a, b) => b.bytes - a.bytes).slice(0, 3);
	check({
		measure: `Pagefind bytes for a first search ("${SEARCH_QUERY}")`,
		value: `${kb(kit.bytes)} in ${kit.requests.length} requests (plain Starlight: ${kb(plain.bytes)})`,
		target: `≤ ${kb(TARGET.searchBytes)}`,
		pass: kit.bytes <= TARGET.searchBytes,
		reason: `largest: ${largest.map((r) => `${r.path.split('/').pop()} ${kb(r.bytes)}`).join(', ')}`,
	});
}

/** 5. Lighthouse, mobile profile, on the kit's main page kinds. */
async function lighthouseScores(kitDist: string) {
	progress('running Lighthouse');
	section(`5. Lighthouse (mobile profile; median of ${LIGHTHOUSE_RUNS} runs by performance; served gzipped)`);
	const server = await serveStatic(kitDist, '/', { gzip: true });
	let results: LighthouseResult[];
	try {
		results = await runLighthouse(server.url, LIGHTHOUSE_PAGES, LIGHTHOUSE_RUNS);
	} catch (error) {
		const why = (error as Error).message.split('\n')[0]!;
		console.log(`Lighthouse could not run: ${why}`);
		check({ measure: 'Lighthouse', value: 'not measured', target: 'see section 5', reason: why });
		return;
	} finally {
		await server.close();
	}
	const categories = Object.keys(TARGET.lighthouse) as Category[];
	console.log(
		table(
			['Page', ...categories, 'Performance, all runs'],
			results.map((result) => [
				result.path,
				...categories.map((category) => (result.error ? 'error' : String(result.scores[category] ?? '–'))),
				result.runs?.join(', ') ?? '–',
			]),
		),
	);
	for (const result of results) {
		if (result.error) {
			check({
				measure: `Lighthouse ${result.path}`,
				value: 'not measured',
				target: '',
				pass: false,
				reason: result.error,
			});
			continue;
		}
		const missed = categories.filter(
			(category) => (result.scores[category] ?? 0) < TARGET.lighthouse[category],
		);
		const busy =
			loadavg()[0]! > 1.5 * cpus().length
				? ` [load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores: timings are inflated]`
				: '';
		const short: Record<Category, string> = {
			performance: 'perf',
			accessibility: 'a11y',
			'best-practices': 'BP',
			seo: 'SEO',
		};
		check({
			measure: `Lighthouse ${result.path}`,
			value: categories.map((category) => `${short[category]} ${result.scores[category] ?? '–'}`).join(', '),
			target: categories
				.map(
					(category) =>
						`${short[category]} ${category === 'performance' ? '≥ ' : ''}${TARGET.lighthouse[category]}`,
				)
				.join(', '),
			pass: missed.length === 0,
			reason:
				missed
					.map((category) => `${category}: ${(result.lost[category] ?? []).slice(0, 2).join('; ')}`)
					.join(' | ') + (missed.includes('performance') ? busy : ''),
		});
	}
}

async function main() {
	const started = performance.now();
	const versions = ['astro', '@astrojs/starlight', 'pagefind', 'lighthouse'].map(
		(name) =>
			`${name} ${JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')).version}`,
	);
	console.log('# Lesson kit benchmark');
	console.log(
		`\n${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${cpus().length} × ${cpus()[0]?.model.trim()} · ` +
			`${(totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version} · ${versions.join(' · ')}`,
	);
	const load = () => loadavg()[0]!.toFixed(1);
	console.log(`Load average (1 min) at the start: ${load()} on ${cpus().length} cores.`);
	try {
		const { kit, plain, best } = await compareBuilds();
		const kitDist = join(kit.root, 'dist');
		const plainDist = join(plain.root, 'dist');
		if (process.env.BENCH_SCALE !== undefined)
			progress(
				'BENCH_SCALE is no longer read: the scale run takes sizes in pages, BENCH_PAGES=1300,3300,10000',
			);
		if (PAGES.length)
			await scaleSection(best, kitDist, {
				pages: PAGES,
				rounds: ROUNDS,
				timeoutSeconds: BUILD_TIMEOUT,
				heapMiB: HEAP_MB,
				profile: process.env.BENCH_PROFILE === '1',
				keep: process.env.BENCH_KEEP === '1',
				chartPath: join(projectRoot, 'docs/bench-scale.svg'),
				build,
				check,
				section,
			});
		await pageWeight(kitDist, plainDist);
		await searchWeight(kitDist, plainDist);
		await lighthouseScores(kitDist);
		progress('making the offline packs');
		section("6. Offline packs (`npm run pack` on the kit's build)");
		for (const entry of offlinePacks(kitDist, join(kit.root, 'packs'))) check(entry);
	} finally {
		if (process.env.BENCH_KEEP !== '1') for (const fixture of fixtures) fixture.remove();
	}

	section('Summary');
	console.log(
		table(
			['Measure', 'Value', 'Target', 'Result'],
			checks.map(({ measure, value, target, pass }) => [
				measure,
				value,
				target,
				pass === undefined ? '–' : pass ? 'PASS' : 'MISS',
			]),
		),
	);
	const misses = checks.filter((entry) => entry.pass === false);
	if (misses.length) {
		console.log('\nWhy the misses:');
		for (const miss of misses) console.log(`- ${miss.measure}: ${miss.reason}`);
	}
	console.log(
		`\nBench took ${secs((performance.now() - started) / 1000)}; load average (1 min) at the end: ${load()}.`,
	);
	console.log(
		'Other work on this machine while the bench runs makes its times longer: compare runs on a quiet machine.',
	);
}

await main();
