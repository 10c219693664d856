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

/**
 * Secures built pages in place (src/security/contentSecurityPolicy.ts) and gathers their links
 * (src/links/siteLinks.ts), from one parse of each page. Each page is written beside itself and
 * renamed over the original, so a program reading the site meanwhile (Pagefind) sees the page
 * whole, before or after.
 */
export async function securePages(files: string[], { dist, origin }: SecureTask, links: SiteLinks) {
	for (const file of files) {
		const page = new HtmlEdit(await readFile(file, 'utf8'));
		links.add(relative(dist, file).split('\\').join('/'), page.elements);
		const temporary = `${file}.kit-secure`;
		await writeFile(temporary, secure(page, origin));
		await rename(temporary, file);
	}
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
