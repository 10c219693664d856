/**
 * A static file server for tests, screenshots and the benchmark, on node:http.
 *
 * Why not a package such as sirv: it is not installed (Vite bundles its own copy), and sirv alone
 * would not do. Its `gzip` option only sends `.gz` files made beforehand, and the benchmark
 * measures what a host that gzips on the fly sends, so a second package (compression) would be
 * needed; serving under a base path and answering with the site's 404 page would still be code of
 * our own. What is left here is that code; the file lookup, which stays inside the folder, is the
 * one the build's link check uses (src/links/servedFile.ts), so both agree on what a host serves.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { servedFile } from '../../src/links/servedFile.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webp': 'image/webp',
	'.woff2': 'font/woff2',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

/** Types a static host usually gzips; Pagefind's index files and images are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

/**
 * Serves a built site from `root` under `base` on a free loopback port, like a plain static host:
 * `dir/` → `dir/index.html`, anything else missing → the site's 404 page. With `gzip`, text files
 * are sent gzipped to clients that accept it, as most hosts do (the benchmark measures transfers).
 * With `cacheAssets`, the build's hashed files (`_astro/`, whose names change when they do) may
 * be kept by the browser, as hosts let them be: a test that loads page after page in one window
 * then fetches each style and script once, not on every page (a third of what a page load costs
 * Chromium here). Nothing else is cached, so every page and search file is still asked for.
 */
export async function serveStatic(
	root: string,
	base = '/',
	{ gzip = false, cacheAssets = false }: { gzip?: boolean; cacheAssets?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
	const rootDir = resolve(root);
	const assets = `${base}_astro/`;
	const server: Server = createServer((request, response) => {
		const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
		const served = servedFile(rootDir, base, pathname);
		const file = served === undefined ? undefined : join(rootDir, served);
		if (!file) {
			response.writeHead(404, { 'content-type': TYPES['.html'] });
			const notFound = join(rootDir, '404.html');
			if (existsSync(notFound)) createReadStream(notFound).pipe(response);
			else response.end('Not found');
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const caching =
			cacheAssets && pathname.startsWith(assets)
				? { 'cache-control': 'public, max-age=31536000, immutable' }
				: {};
		if (
			gzip &&
			COMPRESSIBLE.has(extname(file)) &&
			/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
		) {
			response.writeHead(200, {
				'content-type': type,
				'content-encoding': 'gzip',
				vary: 'Accept-Encoding',
				...caching,
			});
			createReadStream(file).pipe(createGzip()).pipe(response);
			return;
		}
		response.writeHead(200, { 'content-type': type, ...caching });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((done) => server.close(() => done())),
	};
}
