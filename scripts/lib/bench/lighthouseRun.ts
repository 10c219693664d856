import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_HELP, findChromium } from '../chromiumPath.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
	path: string;
	/** Scores 0–100 per category. */
	scores: Partial<Record<Category, number>>;
	/** Per category below 100: the audits that cost points, worst first, e.g. "Largest Contentful Paint (2.8 s)". */
	lost: Partial<Record<Category, string[]>>;
	/** Performance scores of every run of this page (the median run's scores are the ones above). */
	runs?: number[];
	error?: string;
}

/** Starts Chromium with a DevTools port for Lighthouse (mobile profile, Lighthouse's own throttling). */
async function startChromium() {
	const executable = findChromium();
	if (!executable) throw new Error(CHROMIUM_HELP);
	const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
	const chromium = spawn(executable, [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--remote-debugging-port=0',
		`--user-data-dir=${profile}`,
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		'about:blank',
	]);
	const port = await new Promise<number>((resolve, reject) => {
		let log = '';
		const timer = setTimeout(
			() => reject(new Error(`Chromium did not open a DevTools port:\n${log}`)),
			30_000,
		);
		chromium.stderr.on('data', (chunk) => {
			log += chunk;
			const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log);
			if (match) {
				clearTimeout(timer);
				resolve(Number(match[1]));
			}
		});
		chromium.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${log}`)));
	});
	return {
		port,
		stop: async () => {
			const exited = new Promise((done) => chromium.once('exit', done));
			chromium.kill();
			await exited;
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

/** What most likely caused a lost metric, from the audits that list elements or tasks. */
function culprit(lhr: LighthouseLhr, auditId: string): string | undefined {
	type Items = { items?: Record<string, unknown>[] };
	const first = (id: string) => (lhr.audits[id]?.details as Items | undefined)?.items?.[0];
	if (auditId === 'cumulative-layout-shift') {
		const node = first('layout-shifts')?.node as { selector?: string } | undefined;
		return node?.selector && `shifted: ${node.selector}`;
	}
	if (auditId === 'total-blocking-time') {
		const task = first('long-tasks') as { url?: string; duration?: number } | undefined;
		return (
			task?.url &&
			`longest task ${Math.round(task.duration ?? 0)} ms in ${task.url.replace(/^https?:\/\/[^/]+/, '')}`
		);
	}
	return undefined;
}

type LighthouseLhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** Scores and lost points of one Lighthouse report. */
function summarise(path: string, lhr: LighthouseLhr): LighthouseResult {
	const result: LighthouseResult = { path, scores: {}, lost: {} };
	for (const category of CATEGORIES) {
		const data = lhr.categories[category];
		if (!data || data.score === null) continue;
		result.scores[category] = Math.round(data.score * 100);
		result.lost[category] = data.auditRefs
			.filter((ref) => ref.weight > 0)
			.map((ref) => ({ ref, audit: lhr.audits[ref.id]! }))
			.filter(({ audit }) => audit.score !== null && audit.score < 1)
			.sort((a, b) => b.ref.weight * (1 - b.audit.score!) - a.ref.weight * (1 - a.audit.score!))
			.map(({ ref, audit }) => {
				const cause = culprit(lhr, ref.id);
				return `${audit.title}${audit.displayValue ? ` ${audit.displayValue}` : ''}${cause ? ` (${cause})` : ''}`;
			});
	}
	return result;
}

/**
 * Runs Lighthouse on each page of the site at `siteUrl`, one after another in one Chromium,
 * `runs` times per page, and keeps the run with the median performance score (as Lighthouse's
 * docs advise: one run varies with what else the machine is doing).
 */
export async function runLighthouse(siteUrl: string, paths: string[], runs = 3): Promise<LighthouseResult[]> {
	const chromium = await startChromium();
	const results: LighthouseResult[] = [];
	try {
		for (const path of paths) {
			const url = new URL(path.replace(/^\//, ''), siteUrl).href;
			try {
				const reports: LighthouseResult[] = [];
				for (let run = 0; run < runs; run++) {
					const report = await lighthouse(url, {
						port: chromium.port,
						logLevel: 'error',
						output: 'json',
						onlyCategories: [...CATEGORIES],
					});
					if (!report) throw new Error('Lighthouse returned no result.');
					const { lhr } = report;
					if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
					reports.push(summarise(path, lhr));
				}
				reports.sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
				const median = reports[Math.floor(reports.length / 2)]!;
				results.push({ ...median, runs: reports.map((report) => report.scores.performance ?? 0) });
			} catch (error) {
				results.push({ path, scores: {}, lost: {}, error: (error as Error).message.split('\n')[0] });
			}
		}
	} finally {
		await chromium.stop();
	}
	return results;
}
