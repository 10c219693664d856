import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { KitConfig } from '../../../src/schemas/kitConfigSchema.ts';
import { siteFiles } from '../siteFiles.ts';
import { LocaleParts } from './localeParts.ts';
import { makePack, type MadePack } from './makePack.ts';
import { fillOfflinePages, type PackManifest } from './offlinePage.ts';
import { DOWNLOADS_DIR, kolibriPacks, sitePacks } from './packPlan.ts';
import { PageCache } from './pageCache.ts';
import { ScriptBundles } from './scriptBundles.ts';
import type { BuiltSite } from './siteUrls.ts';

export interface PackOptions {
	/** The built site (`dist/`). */
	dist: string;
	kit: KitConfig;
	/** Where the zips go; the built site's downloads folder unless told. */
	out?: string;
	/** Locale codes and/or `all` to pack; every locale and `all` unless told. */
	only?: string[];
	/** Also make a Kolibri app per lesson (default true). */
	kolibri?: boolean;
	/** Write the packs into the site's "Use it offline" pages and `downloads/packs.json` (default: when `out` is the site's). */
	updateSite?: boolean;
	/** Called after each pack, for progress. */
	onPack?: (pack: MadePack) => void;
}

export interface PackRun {
	packs: MadePack[];
	/** Where the zips were written. */
	out: string;
	/** Seconds the packing took. */
	seconds: number;
}

/** The built site as `dist/` holds it, with the address and base path it was built for. */
export function builtSite(dist: string, kit: KitConfig): BuiltSite {
	const files = siteFiles(dist).filter((file) => !file.startsWith(`${DOWNLOADS_DIR}/`));
	return { dist, site: new URL(kit.site), base: kit.base, files: new Set(files) };
}

/**
 * Makes the offline packs from a built site and writes them (see docs in scripts/pack.ts).
 * Throws, listing them, if any page links to a file the site does not have.
 */
export function packSite(options: PackOptions): PackRun {
	const started = performance.now();
	const { dist, kit } = options;
	const out = options.out ?? join(dist, DOWNLOADS_DIR);
	const site = builtSite(dist, kit);
	if (
		!site.files.has('index.html') &&
		!kit.locales.some(({ code }) => site.files.has(`${code}/index.html`))
	) {
		throw new Error(`${dist} has no built site: run \`npm run build\` first, or leave out --reuse-dist.`);
	}
	const tools = {
		site,
		kit,
		bundles: new ScriptBundles(dist),
		locales: new LocaleParts(site),
		pages: new PageCache(),
	};
	const specs = [
		...sitePacks(site, kit, options.only),
		...(options.kolibri === false ? [] : kolibriPacks(site, kit, options.only)),
	];
	const packs: MadePack[] = [];
	for (const spec of specs) {
		const pack = makePack(spec, tools);
		packs.push(pack);
		options.onPack?.(pack);
	}
	const problems = packs.flatMap((pack) => pack.problems);
	if (problems.length > 0) {
		throw new Error(
			`Links in the built site lead nowhere, so the packs would break:\n  ${[...new Set(problems)].join('\n  ')}`,
		);
	}
	for (const pack of packs) {
		const file = join(out, pack.spec.file);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, pack.zip);
	}
	if (options.updateSite ?? options.out === undefined) {
		const manifest: PackManifest = {
			made: new Date().toISOString().slice(0, 10),
			packs: packs.map(({ spec, zip, title }) => ({
				file: spec.file,
				kind: spec.kind,
				locales: spec.locales,
				bytes: zip.byteLength,
				...(title ? { title } : {}),
			})),
		};
		writeFileSync(join(out, 'packs.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
		fillOfflinePages(site, kit, manifest);
	}
	return { packs, out, seconds: (performance.now() - started) / 1000 };
}
