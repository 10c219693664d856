import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { securePages, type SecureTask } from './securePages.ts';

/**
 * After the build: gives every page its Content-Security-Policy (with the hashes of that page's
 * own inline scripts) and a strict referrer policy, and makes links to other sites safe.
 * Hosts that read headers files also get `_headers` (public/_headers).
 *
 * The pages are secured by a worker thread started as soon as they are written
 * (`astro:build:generated`), so the work runs while Starlight's `astro:build:done` hook has
 * Pagefind (a separate program, on one core) index them, and its memory stays out of the heap
 * that still holds Astro's build. Pagefind reads each page whole, before or after (see
 * securePages.ts), and indexes the same text either way: the step changes only the head and link
 * attributes. `astro:build:done` waits for the worker and secures any page written after it
 * started.
 */
export function securityIntegration(site: string): AstroIntegration {
	const origin = new URL(site).origin;
	let started: { at: number; files: string[]; done: Promise<void> } | undefined;
	return {
		name: 'kit-security',
		hooks: {
			'astro:build:generated': async ({ dir }) => {
				const files = await htmlFiles(fileURLToPath(dir));
				const done = inWorker({ files, origin });
				// A failure is reported when `astro:build:done` waits for the worker, not as unhandled.
				done.catch(() => {});
				started = { at: performance.now(), files, done };
			},
			'astro:build:done': async ({ dir, logger }) => {
				const at = started?.at ?? performance.now();
				await started?.done;
				const secured = new Set(started?.files);
				const rest = (await htmlFiles(fileURLToPath(dir))).filter((file) => !secured.has(file));
				await securePages({ files: rest, origin });
				const seconds = ((performance.now() - at) / 1000).toFixed(2);
				const pages = secured.size + rest.length;
				logger.info(`Content-Security-Policy and safe external links on ${pages} pages in ${seconds}s.`);
			},
		},
	};
}

/**
 * Runs `securePages` in a worker thread with a small heap of its own: it allocates as much as it
 * reads, and in Astro's heap that garbage would grow the heap while Pagefind runs beside it.
 */
function inWorker(task: SecureTask): Promise<void> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./securePages.ts', import.meta.url), {
			workerData: { kitSecure: task },
			resourceLimits: { maxOldGenerationSizeMb: 256 },
		});
		worker.once('error', reject);
		worker.once('exit', (code) =>
			code === 0 ? resolve() : reject(new Error(`The security step's worker stopped with code ${code}.`)),
		);
	});
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
