import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * What a page's rendered Markdown can depend on besides its own file: every content file (the
 * glossary links terms, a translation is checked against its source), the country packs (law
 * cards), the kit's code and UI strings, its config, and the packages' versions.
 */
const INPUTS = ['lessons', 'countries', 'src', 'kit.config.json', 'astro.config.mjs', 'package-lock.json'];
/** Where Astro keeps its content store (its `cacheDir`), and where the kit notes the inputs it was made from. */
const CACHE_DIR = 'node_modules/.astro';
const STORE = 'data-store.json';
const DIGEST = 'kit-content-inputs.sha256';

/**
 * Astro keeps each page's rendered Markdown between builds (its content store) and renders a page
 * again only when the page's own file changes. The kit's Markdown also reads other files (see
 * `INPUTS`), so the store is kept only while none of them has changed since it was made: then a
 * build or `npm test` run again on the same files skips rendering the Markdown, and any edit
 * anywhere renders every page again. Returns whether the store was cleared.
 */
export function keepContentCacheIfUnchanged(projectRoot: string): boolean {
	const cacheDir = join(projectRoot, CACHE_DIR);
	const digest = inputsDigest(projectRoot);
	const noted = join(cacheDir, DIGEST);
	const unchanged = existsSync(noted) && readFileSync(noted, 'utf8') === digest;
	if (!unchanged) rmSync(join(cacheDir, STORE), { force: true });
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(noted, digest);
	return !unchanged;
}

/** One SHA-256 of the inputs' paths and contents. `src/content/docs` is a link to `lessons/`, read there. */
export function inputsDigest(project: string): string {
	const projectRoot = resolve(project);
	const hash = createHash('sha256');
	for (const input of INPUTS) {
		const path = join(projectRoot, input);
		if (!existsSync(path)) continue;
		const files = !statSync(path).isDirectory()
			? [input]
			: readdirSync(path, { recursive: true, withFileTypes: true })
					.filter((entry) => entry.isFile())
					.map((entry) => join(entry.parentPath, entry.name).slice(projectRoot.length + 1))
					.sort();
		for (const file of files)
			hash
				.update(`${file}\0`)
				.update(readFileSync(join(projectRoot, file)))
				.update('\0');
	}
	return hash.digest('hex');
}
