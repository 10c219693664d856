import type { IndexPage, SearchIndex } from '../../../src/offline/searchEngine.ts';
import { readOfflineWords, type OfflineWords } from './offlineWords.ts';
import { OFFLINE_DIR } from './scriptBundles.ts';
import { indexScript } from './searchIndex.ts';
import type { BuiltSite } from './siteUrls.ts';

export interface LocaleSearch {
	/** The index script's path in the pack, and its text. */
	file: string;
	script: string;
}

/**
 * What each locale brings to a pack, made once and shared by the locale's pack and the pack with
 * every locale (pages sit at the same paths in both): its offline search index (every page of the
 * locale that Pagefind indexes online, searchIndex.ts) and its words (offlineWords.ts).
 */
export class LocaleParts {
	private readonly searches = new Map<string, LocaleSearch>();
	private readonly words = new Map<string, OfflineWords>();
	private readonly site: BuiltSite;

	constructor(site: BuiltSite) {
		this.site = site;
	}

	/**
	 * The locale's index script, made the first time from `entries` (the index entries of a pack
	 * that holds every page of the locale); the pack with every locale reuses it.
	 */
	search(locale: string, entries: IndexPage[]): LocaleSearch {
		if (!this.searches.has(locale)) {
			const pages = entries
				.filter((entry) => entry.u.startsWith(`${locale}/`))
				.sort((a, b) => (a.u < b.u ? -1 : 1));
			const index: SearchIndex = { base: this.site.base, pages };
			this.searches.set(locale, { file: indexFile(locale), script: indexScript(locale, index) });
		}
		return this.searches.get(locale)!;
	}

	wordsOf(locale: string): OfflineWords {
		if (!this.words.has(locale)) this.words.set(locale, readOfflineWords(this.site, locale));
		return this.words.get(locale)!;
	}
}

/** Where a locale's index script goes in a pack. */
export const indexFile = (locale: string) => `${OFFLINE_DIR}/search-${locale}.js`;
