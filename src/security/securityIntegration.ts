import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { securePage } from './contentSecurityPolicy.ts';

/**
 * After the build: gives every page its Content-Security-Policy (with the hashes of that page's
 * own inline scripts) and a strict referrer policy, and makes links to other sites safe.
 * Hosts that read headers files also get `_headers` (public/_headers).
 */
export function securityIntegration(site: string): AstroIntegration {
	return {
		name: 'kit-security',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const origin = new URL(site).origin;
				const start = performance.now();
				let pages = 0;
				for (const file of await htmlFiles(root)) {
					await writeFile(file, securePage(await readFile(file, 'utf8'), origin));
					pages++;
				}
				const seconds = ((performance.now() - start) / 1000).toFixed(2);
				logger.info(`Content-Security-Policy and safe external links on ${pages} pages in ${seconds}s.`);
			},
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
