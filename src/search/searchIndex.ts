import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Pagefind's search index for a built site, made as Starlight makes it in its `astro:build:done`
 * hook: the same three calls with the same options, so the same index. `npm run build`
 * (scripts/build.ts) runs it once Astro's process has exited, so that the memory of Astro's build
 * and of Pagefind's indexer are not needed at the same time.
 * @see https://pagefind.app/docs/node-api/
 */
export async function indexSearch(dist: string, log: (message: string) => void): Promise<void> {
	const started = performance.now();
	log('Building search index with Pagefind...');
	try {
		const { index } = answer(await pagefind.createIndex());
		if (!index) throw new Error('Pagefind did not start an index, and said nothing about why.');
		const { page_count } = answer(await index.addDirectory({ path: dist }));
		log(`Found ${page_count} HTML files.`);
		answer(await index.writeFiles({ outputPath: `${dist.replace(/[\\/]$/, '')}/pagefind/` }));
	} finally {
		await pagefind.close();
	}
	log(`Finished building search index in ${((performance.now() - started) / 1000).toFixed(2)}s.`);
}

/** A Pagefind answer, or an error listing what Pagefind reported. */
function answer<T extends { errors: string[] }>(response: T): T {
	if (response.errors.length > 0)
		throw new Error(
			`Pagefind could not index the site:\n${response.errors.map((e) => `  - ${e}`).join('\n')}`,
		);
	return response;
}

/**
 * What Starlight 0.42's `astro:build:done` hook is, whitespace aside: Pagefind's index and nothing
 * else. Anything else there must not be dropped unseen.
 */
const STARLIGHT_DONE_HOOK =
	/^async \((\w+)\) => \{ if \(!\w+\.pagefind\) return; return starlightPagefind\(\1\); \}$/;

/**
 * When `leaveOut` is true, Starlight's integration without its `astro:build:done` hook, which only
 * runs Pagefind (`indexSearch` does the same after Astro has exited); otherwise the integration as
 * it is. Fails, saying what to do, if a new Starlight's hook does anything else.
 */
export function withoutSearchIndex(leaveOut: boolean, starlight: AstroIntegration): AstroIntegration {
	if (!leaveOut) return starlight;
	const { 'astro:build:done': done, ...hooks } = starlight.hooks;
	if (!done || !STARLIGHT_DONE_HOOK.test(String(done).replace(/\s+/g, ' '))) {
		throw new Error(
			`Starlight's astro:build:done hook is no longer just Pagefind's index, so npm run build cannot ` +
				`leave it out (src/search/searchIndex.ts). Read what it does now in ` +
				`node_modules/@astrojs/starlight/dist/index.js, then update withoutSearchIndex ` +
				`(or build with \`npx astro build\`, which keeps every hook).`,
		);
	}
	return { ...starlight, hooks };
}
