import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { normaliseBase } from '../config/basePath.ts';
import { brokenLinksMessage, type PageSources } from '../links/linkReport.ts';
import type { LatePages, PagesChecked, SecureTask } from './securePages.ts';

/**
 * After the build, one pass over every page:
 * - gives it its Content-Security-Policy (with the hashes of that page's own inline scripts) and
 *   a strict referrer policy, and makes links to other sites safe (hosts that read headers files
 *   also get `_headers`, public/_headers);
 * - checks its links: a link to a page or an anchor that is not in the built site fails the
 *   build, naming the content file to fix (src/links/). Every page is checked, the kit's own
 *   pages and navigation too, as a static host would serve them under the base path.
 *
 * The pages are handled by a worker thread started as soon as they are written
 * (`astro:build:generated`), so the work runs while Starlight's `astro:build:done` hook has
 * Pagefind (a separate program, on one core) index them, and its memory stays out of the heap
 * that still holds Astro's build. Pagefind reads each page whole, before or after (see
 * securePages.ts), and indexes the same text either way: the step changes only the head and link
 * attributes. `astro:build:done` hands the worker any page written after it started and waits
 * for its answer. That is how `astro build` on its own runs it; `npm run build` runs the same step
 * with `secureBuiltSite` once Astro's process has exited.
 */
export function securityIntegration(site: string, pageSources: PageSources): AstroIntegration {
	const { origin, sources } = settings(site, pageSources);
	let started: { at: number; files: string[]; worker: PageWorker } | undefined;
	const start = async (dir: URL) => {
		const dist = fileURLToPath(dir);
		const files = await htmlFiles(dist);
		return { at: performance.now(), files, worker: inWorker({ dist, base: sources.base, files, origin }) };
	};
	return {
		name: 'kit-security',
		hooks: {
			'astro:build:generated': async ({ dir }) => {
				started = await start(dir);
			},
			'astro:build:done': async ({ dir, logger }) => {
				started ??= await start(dir);
				const secured = new Set(started.files);
				const late = (await htmlFiles(fileURLToPath(dir))).filter((file) => !secured.has(file));
				const { broken } = await started.worker.check({ files: late });
				logger.info(stepDone(secured.size + late.length, started.at));
				if (broken.length > 0) throw new Error(brokenLinksMessage(broken, sources));
			},
		},
	};
}

/**
 * The same page step on a whole built site at once, for `npm run build`, which runs it beside
 * Pagefind after Astro's process has exited (scripts/build.ts). The pages are secured while
 * `written` (the files still being written that pages link to) settles; links are checked after.
 * Resolves with what the hook logs; rejects with the broken links, as the hook fails the build.
 */
export async function secureBuiltSite(
	dist: string,
	site: string,
	pageSources: PageSources,
	written: Promise<unknown> = Promise.resolve(),
): Promise<string> {
	const { origin, sources } = settings(site, pageSources);
	const at = performance.now();
	const files = await htmlFiles(dist);
	const worker = inWorker({ dist, base: sources.base, files, origin });
	await written;
	const { broken } = await worker.check({ files: [] });
	if (broken.length > 0) throw new Error(brokenLinksMessage(broken, sources));
	return stepDone(files.length, at);
}

function settings(site: string, pageSources: PageSources) {
	return { origin: new URL(site).origin, sources: { ...pageSources, base: normaliseBase(pageSources.base) } };
}

const stepDone = (pages: number, at: number) =>
	`Content-Security-Policy, safe external links and a link check on ${pages} pages in ` +
	`${((performance.now() - at) / 1000).toFixed(2)}s.`;

/** The page step's worker: `check` hands it the pages written since it started and waits for its answer. */
interface PageWorker {
	check: (late: LatePages) => Promise<PagesChecked>;
}

/**
 * Starts securePages.ts in a worker thread with a small heap of its own: it allocates as much as
 * it reads, and in Astro's heap that garbage would grow the heap while Pagefind runs beside it.
 * A worker that fails is reported when `astro:build:done` asks for its answer, not as unhandled.
 */
function inWorker(task: SecureTask): PageWorker {
	const worker = new Worker(new URL('./securePages.ts', import.meta.url), {
		workerData: { kitSecure: task },
		resourceLimits: { maxOldGenerationSizeMb: 256 },
	});
	const failed = new Promise<never>((_, reject) => {
		worker.once('error', reject);
		worker.once('exit', (code) =>
			reject(new Error(`The security step's worker stopped (code ${code}) before it answered.`)),
		);
	});
	failed.catch(() => {});
	// Waiting for the pages written later, the worker must not keep a build that failed meanwhile
	// from exiting: it holds the process only while `astro:build:done` waits for its answer.
	worker.unref();
	return {
		async check(late) {
			worker.ref();
			const answered = new Promise<PagesChecked>((resolve) => worker.once('message', resolve));
			worker.postMessage(late);
			try {
				return await Promise.race([answered, failed]);
			} finally {
				worker.unref();
			}
		},
	};
}

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true });
	const nested = await Promise.all(
		entries.map((entry) => {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) return htmlFiles(path);
			return Promise.resolve(entry.name.endsWith('.html') ? [path] : []);
		}),
	);
	return nested.flat();
}
