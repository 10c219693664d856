import { readFile, rename, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { HtmlEdit } from '../html/htmlEdit.ts';
import { SiteLinks, type BrokenLink } from '../links/siteLinks.ts';
import { secure } from './contentSecurityPolicy.ts';

/** What the build's page step is given: the built site, its pages and the site's origin. */
export interface SecureTask {
	/** The built site's folder, and the base path it is served under. */
	dist: string;
	base: string;
	files: string[];
	origin: string;
}

/** What the page step's worker is sent once the build is done: the pages written after it started. */
export interface LatePages {
	files: string[];
}

/** What the worker answers: the site's broken links. */
export interface PagesChecked {
	broken: BrokenLink[];
}

/** Pages being written at once: writing and renaming wait on the disk, and meanwhile the next page is read and parsed. */
const WRITES_AT_ONCE = 8;

/**
 * Secures built pages in place (src/security/contentSecurityPolicy.ts) and gathers their links
 * (src/links/siteLinks.ts), from one parse of each page, in the order given. Each page is written
 * beside itself and renamed over the original, so a program reading the site meanwhile
 * (Pagefind) sees the page whole, before or after. The next page is read while one is parsed,
 * and a few are written while the next are parsed: waiting on the disk one page after the other
 * took a third of the time.
 */
export async function securePages(files: string[], { dist, origin }: SecureTask, links: SiteLinks) {
	const writing = new Set<Promise<void>>();
	let failed: { error: unknown } | undefined;
	let next = files[0] === undefined ? undefined : readFile(files[0], 'utf8');
	for (const [index, file] of files.entries()) {
		const html = await next!;
		next = index + 1 < files.length ? readFile(files[index + 1]!, 'utf8') : undefined;
		// A read started but not awaited must not fail unheard if an earlier write stops the loop.
		next?.catch(() => {});
		const page = new HtmlEdit(html);
		links.add(relative(dist, file).split('\\').join('/'), page.elements);
		const written = replace(file, secure(page, origin)).catch((error: unknown) => {
			failed ??= { error };
		});
		writing.add(written);
		void written.finally(() => writing.delete(written));
		if (writing.size >= WRITES_AT_ONCE) await Promise.race(writing);
		if (failed) break;
	}
	await Promise.all(writing);
	if (failed) throw failed.error;
}

/** Writes a page beside itself and renames it over the original. */
async function replace(file: string, html: string) {
	const temporary = `${file}.kit-secure`;
	await writeFile(temporary, html);
	await rename(temporary, file);
}

/**
 * Run as the page step's worker thread (src/security/securityIntegration.ts): secures the pages
 * it is given, then waits for the pages written since, and answers with the broken links.
 */
const task = (workerData as { kitSecure?: SecureTask } | null)?.kitSecure;
if (parentPort && task) {
	const port = parentPort;
	const links = new SiteLinks(task.dist, task.base);
	await securePages(task.files, task, links);
	port.once('message', async (late: LatePages) => {
		await securePages(late.files, task, links);
		port.postMessage({ broken: links.broken() } satisfies PagesChecked);
	});
}
