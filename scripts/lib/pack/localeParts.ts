import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { SearchIndex } from '../../../src/offline/searchEngine.ts';
import { readOfflineWords, type OfflineWords } from './offlineWords.ts';
import { OFFLINE_DIR } from './scriptBundles.ts';
import { indexPage, indexScript } from './searchIndex.ts';
import type { BuiltSite } from './siteUrls.ts';

export interface LocaleSearch {
	/** The index script's path in the pack, and its text. */
	file: string;
	script: string;
}

/**
 * What each locale brings to a pack, made once and shared by the locale's pack and the pack with
 * every locale (pages sit at the same paths in both): its offline search index (every page of the
 * locale that Pagefind indexes online) and its words (offlineWords.ts).
 */
export class LocaleParts {
	private readonly searches = new Map<string, LocaleSearch>();
	private readonly words = new Map<string, OfflineWords>();
	private readonly site: BuiltSite;

	constructor(site: BuiltSite) {
		this.site = site;
	}

	search(locale: string): LocaleSearch {
		if (!this.searches.has(locale)) this.searches.set(locale, this.makeSearch(locale));
		return this.searches.get(locale)!;
	}

	wordsOf(locale: string): OfflineWords {
		if (!this.words.has(locale)) this.words.set(locale, readOfflineWords(this.site, locale));
		return this.words.get(locale)!;
	}

	private makeSearch(locale: string): LocaleSearch {
		const pages = [...this.site.files]
			.filter((file) => file.startsWith(`${locale}/`) && file.endsWith('.html'))
			.sort()
			.flatMap((file) => indexPage(fromHtml(readFileSync(join(this.site.dist, file), 'utf8')), file) ?? []);
		const index: SearchIndex = { base: this.site.base, pages };
		return { file: `${OFFLINE_DIR}/search-${locale}.js`, script: indexScript(locale, index) };
	}
}
