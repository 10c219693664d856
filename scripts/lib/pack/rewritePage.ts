import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { hastDocument } from '../../../src/html/hastDocument.ts';
import type { KitConfig } from '../../../src/schemas/kitConfigSchema.ts';
import type { IndexPage } from '../../../src/offline/searchEngine.ts';
import { find, textOf } from './hast.ts';
import { indexPage } from './searchIndex.ts';
import { indexFile, type LocaleParts } from './localeParts.ts';
import { swapInOfflineSearch } from './offlineSearchMarkup.ts';
import { editOfflinePage, keepLanguagesInPack, stripSiteNavigation } from './packPageEdits.ts';
import type { PackSpec } from './packPlan.ts';
import { packUrl, type PackLayout } from './packUrls.ts';
import { addToHead, setOfflinePolicy, takeModuleScripts, type PackHeadFiles } from './pageScripts.ts';
import { makeLinksRelative, type PackPage } from './relativeLinks.ts';
import { OFFLINE_DIR, type ScriptBundles } from './scriptBundles.ts';
import type { BuiltSite } from './siteUrls.ts';

/** What every pack of one run shares. */
export interface PackTools {
	site: BuiltSite;
	kit: KitConfig;
	bundles: ScriptBundles;
	locales: LocaleParts;
}

/** A page rewritten for a pack. */
export interface RewrittenPage {
	html: Uint8Array;
	/** Files of the site it uses, and the pack's own files it loads. */
	assets: string[];
	packFiles: string[];
	problems: string[];
	title?: string;
	/** Its entry in its locale's offline search index, for a site pack's page that search finds. */
	indexEntry?: IndexPage;
}

export const SEARCH_STYLE = `${OFFLINE_DIR}/search.css`;

/**
 * One page of the built site, rewritten to work from disk in a pack: the pack kind's edits
 * (offline search, or no site navigation for Kolibri), module scripts as one classic script,
 * relative links, and the offline Content-Security-Policy. A site pack's page is also read for
 * the offline search index on the way (one parse for both).
 */
export function rewritePage(
	file: string,
	packPath: string,
	kind: PackSpec['kind'],
	layout: PackLayout,
	tools: PackTools,
): RewrittenPage {
	const assets = new Set<string>();
	const problems: string[] = [];
	const page: PackPage = { file, packPath, layout, assets, problems };
	const tree = hastDocument(readFileSync(join(tools.site.dist, file), 'utf8'));
	const title = kind === 'kolibri' && packPath === 'index.html' ? titleOf(tree) : undefined;
	editOfflinePage(tree);
	const indexEntry = kind === 'site' ? indexPage(tree, packPath) : undefined;
	const head = editPage(tree, page, kind, tools);
	const modules = takeModuleScripts(tree, page);
	makeLinksRelative(tree, page);
	if (modules.length > 0) head.scripts.push(tools.bundles.forModules(modules));
	addToHead(tree, packPath, head);
	setOfflinePolicy(tree, packPath);
	return {
		html: new TextEncoder().encode(toHtml(tree)),
		assets: [...assets],
		packFiles: [...head.styles, ...head.scripts],
		problems,
		...(title ? { title } : {}),
		...(indexEntry ? { indexEntry } : {}),
	};
}

/** The edits of one kind of pack, before links are made relative; returns the pack's own files for `<head>`. */
function editPage(
	tree: Root,
	page: PackPage,
	kind: PackSpec['kind'],
	tools: PackTools,
): Required<PackHeadFiles> {
	const { kit } = tools;
	const locale = kit.locales.find((l) => page.file.startsWith(`${l.code}/`))?.code;
	if (page.file === 'index.html') {
		keepLanguagesInPack(
			tree,
			(href) => packUrl(href, page.file, page.packPath, page.layout).kind === 'relative',
		);
	}
	const none = { styles: [], scripts: [] };
	if (kind === 'kolibri') {
		stripSiteNavigation(tree);
		return none;
	}
	if (!locale) return none;
	const swapped = swapInOfflineSearch(tree, page.packPath, {
		locale,
		indexFile: indexFile(locale),
		words: tools.locales.wordsOf(locale),
	});
	return swapped ? { styles: [SEARCH_STYLE], scripts: [tools.bundles.packScript()] } : none;
}

function titleOf(tree: Root): string | undefined {
	const heading = find(tree, (element) => element.tagName === 'h1');
	return heading && textOf(heading).replace(/\s+/g, ' ').trim();
}
