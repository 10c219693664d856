import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { securePage } from './contentSecurityPolicy.ts';

/**
 * After the build: gives every page its Content-Security-Policy (with the hashes of that page's
 * own inline scripts) and a strict referrer policy, and makes links to other sites safe.
 * Hosts that read headers files also get `_headers` (public/_headers).
 *
 * The pass starts as soon as the pages are written (`astro:build:generated`), so it runs while
 * Pagefind indexes them: Starlight starts Pagefind's indexer, a separate program that uses one
 * core, in its `astro:build:done` hook, and Node's thread would otherwise wait. Each page is
 * replaced in one rename, so Pagefind reads it whole, before or after, and indexes the same text
 * either way (the pass changes only the head and link attributes). `astro:build:done` waits for
 * the pass and secures any page written after it started.
 */
export function securityIntegration(site: string): AstroIntegration {
	const origin = new URL(site).origin;
	let started: { at: number; pass: Promise<Set<string>> } | undefined;
	return {
		name: 'kit-security',
		hooks: {
			'astro:build:generated': ({ dir }) => {
				const pass = secureAll(fileURLToPath(dir), origin, new Set());
				// Failures are reported when `astro:build:done` waits for the pass, not as unhandled.
				pass.catch(() => {});
				started = { at: performance.now(), pass };
			},
			'astro:build:done': async ({ dir, logger }) => {
				const at = started?.at ?? performance.now();
				const done = started ? await started.pass : new Set<string>();
				const pages = (await secureAll(fileURLToPath(dir), origin, done)).size;
				const seconds = ((performance.now() - at) / 1000).toFixed(2);
				logger.info(`Content-Security-Policy and safe external links on ${pages} pages in ${seconds}s.`);
			},
		},
	};
}

/** Secures every page under `root` not in `done`; returns `done` with them added. */
async function secureAll(root: string, origin: string, done: Set<string>): Promise<Set<string>> {
	for (const file of await htmlFiles(root)) {
		if (done.has(file)) continue;
		const temporary = `${file}.kit-secure`;
		await writeFile(temporary, securePage(await readFile(file, 'utf8'), origin));
		await rename(temporary, file);
		done.add(file);
	}
	return done;
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
