import { search, type SearchIndex } from './searchEngine.ts';

declare global {
	interface Window {
		/** Search indexes by locale, added by the pack's `_offline/search-<locale>.js` files. */
		kitSearchIndex?: Record<string, SearchIndex>;
		/** The offline search, for the lesson catalogue's search box (src/catalogue/catalogueClient.ts). */
		kitOfflineSearch?: OfflineSearch;
	}
}

export interface OfflineSearch {
	search: (query: string, filters: Record<string, string>) => Promise<{ url: string }[]>;
}

const loading = new Map<string, Promise<SearchIndex>>();

/**
 * The locale's search index. It is a script file (a page opened from disk may not fetch() other
 * files), added to the page the first time someone searches.
 */
export function loadIndex(locale: string, src: string): Promise<SearchIndex> {
	let promise = loading.get(locale);
	if (!promise) {
		promise = new Promise((resolve, reject) => {
			const known = window.kitSearchIndex?.[locale];
			if (known) return resolve(known);
			const script = document.createElement('script');
			script.src = src;
			script.onload = () => {
				const index = window.kitSearchIndex?.[locale];
				if (index) resolve(index);
				else reject(new Error(`${src} has no index for ${locale}`));
			};
			script.onerror = () => reject(new Error(`${src} could not be loaded`));
			document.head.append(script);
		});
		promise.catch(() => loading.delete(locale));
		loading.set(locale, promise);
	}
	return promise;
}

/** Offers the offline search to the lesson catalogue, answering as Pagefind would: with page addresses. */
export function offerToCatalogue(locale: string, src: string): void {
	window.kitOfflineSearch = {
		async search(query, filters) {
			const index = await loadIndex(locale, src);
			const chosen = Object.fromEntries(Object.entries(filters).map(([name, value]) => [name, [value]]));
			return search(index, query, chosen).map((hit) => ({
				url: `${index.base}${hit.page.u.replace(/index\.html$/, '')}`,
			}));
		},
	};
}
