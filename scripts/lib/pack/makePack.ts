import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageCache } from './pageCache.ts';
import type { PackSpec } from './packPlan.ts';
import { packUrl, rewriteCssUrls, type PackLayout } from './packUrls.ts';
import { readmeText } from './readme.ts';
import { reproducibleZip } from './reproducibleZip.ts';
import type { IndexPage } from '../../../src/offline/searchEngine.ts';
import { SEARCH_STYLE, type PackTools } from './rewritePage.ts';

export interface MadePack {
	spec: PackSpec;
	zip: Uint8Array;
	/** Files in the zip. */
	files: number;
	/** Links and files that lead nowhere; the pack is not usable while there are any. */
	problems: string[];
	/** The title of the page at its top, for a Kolibri app. */
	title?: string;
}

const encode = (text: string) => new TextEncoder().encode(text);

/**
 * Makes one pack, in memory: its pages rewritten to work from disk (rewritePage.ts), the files
 * they use, and, for a site pack, the search indexes and a README.
 */
export function makePack(spec: PackSpec, tools: PackTools & { pages: PageCache }): MadePack {
	const { site, kit } = tools;
	const layout: PackLayout = { site, pageAt: (file) => spec.pages.get(file) };
	const files = new Map<string, Uint8Array>();
	const assets = new Set<string>();
	const ownFiles = new Set<string>();
	const problems: string[] = [];
	let title: string | undefined;
	const entries: IndexPage[] = [];

	for (const [file, packPath] of [...spec.pages].sort()) {
		const page = tools.pages.rewrite(file, packPath, spec, tools);
		files.set(packPath, page.html);
		for (const asset of page.assets) assets.add(asset);
		for (const own of page.packFiles) ownFiles.add(own);
		problems.push(...page.problems);
		title ??= page.title;
		if (page.indexEntry) entries.push(page.indexEntry);
	}
	for (const asset of assets) addAsset(asset, files, assets, layout, problems);
	for (const own of ownFiles) {
		files.set(
			own,
			own === SEARCH_STYLE
				? readFileSync(new URL('../../../src/offline/offlineSearch.css', import.meta.url))
				: tools.bundles.files.get(own)!,
		);
	}
	if (spec.kind === 'site') {
		for (const locale of spec.locales) {
			const search = tools.locales.search(locale, entries);
			files.set(search.file, encode(search.script));
		}
		const languages = kit.locales.filter((locale) => spec.locales.includes(locale.code));
		files.set(
			'README.txt',
			encode(readmeText(languages.map(({ code }) => tools.locales.wordsOf(code).readme))),
		);
	}
	return { spec, zip: reproducibleZip(files), files: files.size, problems, ...(title ? { title } : {}) };
}

/** Adds a file of the site to the pack; a stylesheet's `url()`s are made relative, and what they name added too. */
function addAsset(
	asset: string,
	files: Map<string, Uint8Array>,
	assets: Set<string>,
	layout: PackLayout,
	problems: string[],
) {
	const bytes = readFileSync(join(layout.site.dist, asset));
	if (!asset.endsWith('.css')) {
		files.set(asset, bytes);
		return;
	}
	const css = rewriteCssUrls(bytes.toString('utf8'), (url) => {
		const target = packUrl(url, asset, asset, layout);
		if (target.kind === 'missing') problems.push(`${asset} → ${url} (no such file in the built site)`);
		if (target.kind !== 'relative') return undefined;
		if (target.asset) assets.add(target.asset);
		return target.url;
	});
	files.set(asset, encode(css));
}
