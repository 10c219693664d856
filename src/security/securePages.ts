import { readFile, rename, writeFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { securePage } from './contentSecurityPolicy.ts';

/** What the security step's worker is given: the pages to secure and the site's origin. */
export interface SecureTask {
	files: string[];
	origin: string;
}

/**
 * Secures built pages in place (src/security/contentSecurityPolicy.ts). Each page is written
 * beside itself and renamed over the original, so a program reading the site meanwhile (Pagefind)
 * sees the page whole, before or after.
 */
export async function securePages({ files, origin }: SecureTask): Promise<void> {
	for (const file of files) {
		const temporary = `${file}.kit-secure`;
		await writeFile(temporary, securePage(await readFile(file, 'utf8'), origin));
		await rename(temporary, file);
	}
}

// Run as the security step's worker thread (src/security/securityIntegration.ts).
const task = (workerData as { kitSecure?: SecureTask } | null)?.kitSecure;
if (parentPort && task) await securePages(task);
