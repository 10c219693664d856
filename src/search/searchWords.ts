import type { KitStringKey } from '../i18n/kitTranslations.ts';

/** Where a reader's words go in Pagefind's messages. */
const PAGEFIND_MARKS: Record<string, string> = { count: '[COUNT]', query: '[SEARCH_TERM]' };

/** A UI string template with `{{count}}` and `{{query}}` in Pagefind's `[COUNT]` and `[SEARCH_TERM]`. */
export function asPagefindTemplate(template: string): string {
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (mark, name: string) => PAGEFIND_MARKS[name] ?? mark);
}

/**
 * The words of Pagefind's search interface from the kit's own UI strings, the same ones the
 * offline search uses (src/components/OfflineSearchForm.astro). Pagefind would pick its own
 * translations from the page's language, but the interface as npm ships it never does
 * (@pagefind/default-ui 1.5.2 bundles Svelte's server `onMount`, which does nothing): without
 * these, its messages are English on every page that Starlight has no `pagefind.*` words for
 * (Dutch, French and Arabic among them). `results` holds the plural forms of the results message
 * by category (`one`, `other`, …), already in Pagefind's marks (`resultsForms`): Pagefind has one
 * form for a single result and one for more, and the locale's `other` form serves for more.
 */
export function pagefindWords(
	t: (key: KitStringKey | 'search.label', values?: Record<string, string>) => string,
	results: Record<string, string>,
): Record<string, string> {
	const more = results.other;
	if (more === undefined)
		throw new Error('The results message has no "other" form (kit.search.results_other).');
	return {
		search_label: t('search.label'),
		clear_search: t('kit.search.clear'),
		load_more: t('kit.search.more'),
		searching: t('kit.search.searching', { query: PAGEFIND_MARKS.query! }),
		filters_label: t('kit.search.filters'),
		zero_results: t('kit.search.none', { query: PAGEFIND_MARKS.query! }),
		one_result: results.one ?? more,
		many_results: more,
	};
}

/**
 * The plural forms of the results message by category, in Pagefind's marks, from
 * `pluralTemplates('kit.search.results', locale, 'form')` (`form-one` → `one`).
 */
export function resultsForms(templates: Record<string, string>): Record<string, string> {
	return Object.fromEntries(
		Object.entries(templates).map(([name, form]) => [name.replace(/^form-/, ''), asPagefindTemplate(form)]),
	);
}

/**
 * The search button and dialog's markup by locale, as the first page of a build in each locale
 * made it (src/components/Search.astro): it has nothing of the page in it. `set` answers with the
 * markup; in development nothing is kept, so edited strings show.
 */
export const searchMarkup = {
	made: new Map<string, string>(),
	get(locale: string): string | undefined {
		return this.made.get(locale);
	},
	set(locale: string, markup: string): string {
		if (!import.meta.env.DEV) this.made.set(locale, markup);
		return markup;
	},
};
