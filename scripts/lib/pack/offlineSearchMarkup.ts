import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { pluralForms, type Translate } from '../../../src/i18n/uiTranslator.ts';
import { attr, find } from './hast.ts';
import { relativeUrl, toTop } from './siteUrls.ts';

export interface OfflineSearchOptions {
	locale: string;
	/** The locale's index script, as a path in the pack. */
	indexFile: string;
	/** Filter values found in the locale's index, in the order of kit.config.json. */
	filters: { band: string[]; topic: string[] };
	t: Translate;
	defaultLocale: string;
}

/**
 * Swaps Starlight's search (Pagefind, which cannot load its index from disk) for the pack's own,
 * as a tree edit: the same `<site-search>` button and dialog stay where they are, Pagefind's
 * scripts after it go, and the dialog gets a search form with age band and topic filters that
 * `_offline/pack.js` (src/offline/offlineSearch.ts) brings to life. Returns false for a page
 * without search.
 */
export function swapInOfflineSearch(tree: Root, packPath: string, options: OfflineSearchOptions): boolean {
	const parent = find(tree, (element) => element.children.some(isSiteSearch));
	if (!parent) return false;
	const at = parent.children.findIndex(isSiteSearch);
	const search = parent.children[at] as Element;
	// Starlight's own scripts for the search follow it: the shortcut hint and the Pagefind loader.
	let end = at + 1;
	while (end < parent.children.length && isScript(parent.children[end]!)) end++;
	parent.children.splice(at + 1, end - at - 1);

	const label = attr(find(search, (e) => e.tagName === 'button') ?? search, 'ariaLabel') ?? 'Search';
	const { t, locale, defaultLocale } = options;
	const counts = pluralForms(locale, defaultLocale, 'kit.search.results');
	Object.assign(search.properties, {
		dataKitOfflineSearch: '',
		dataLocale: locale,
		dataSearchIndex: relativeUrl(packPath, options.indexFile),
		dataTop: toTop(packPath),
		dataNone: t('kit.search.none'),
		dataError: t('kit.search.failed'),
		...Object.fromEntries(
			Object.entries(counts).map(([form, text]) => [
				`dataCount${form[0]!.toUpperCase()}${form.slice(1)}`,
				text,
			]),
		),
	});
	delete search.properties.dataTranslations;
	const container = find(search, (element) => attr(element, 'id') === 'starlight__search');
	if (container) container.children = [searchForm(label, options)];
	return true;
}

/** Forms made so far, by locale and label: each page of a locale gets the same (the trees are only read after). */
const forms = new Map<string, Element>();

function searchForm(label: string, options: OfflineSearchOptions): Element {
	const key = `${options.locale}\n${label}`;
	if (!forms.has(key)) forms.set(key, makeSearchForm(label, options));
	return forms.get(key)!;
}

function makeSearchForm(label: string, { t, filters }: OfflineSearchOptions): Element {
	const group = (name: 'band' | 'topic', title: string, text: (value: string) => string) =>
		h('details', { className: 'pagefind-ui__filter-block' }, [
			h('summary', { className: 'pagefind-ui__filter-name' }, title),
			h('fieldset', { className: 'pagefind-ui__filter-group' }, [
				h('legend', { className: 'sr-only' }, title),
				...filters[name].map((value) =>
					h('div', { className: 'pagefind-ui__filter-value' }, [
						h('input', {
							className: 'pagefind-ui__filter-checkbox',
							type: 'checkbox',
							id: `kit-search-${name}-${value}`,
							name,
							value,
						}),
						h('label', { className: 'pagefind-ui__filter-label', htmlFor: `kit-search-${name}-${value}` }, [
							text(value),
							h('span', { dataCount: '' }),
						]),
					]),
				),
			]),
		]);
	const band = (value: string) => {
		const [from, to] = value.split('-');
		return t('kit.band.label', { from: from ?? value, to: to ?? '' });
	};
	return h('div', { className: 'pagefind-ui kit-offline-search' }, [
		h('form', { className: 'pagefind-ui__form', role: 'search', ariaLabel: label }, [
			h('label', { className: 'sr-only', htmlFor: 'kit-search-query' }, label),
			h('input', {
				className: 'pagefind-ui__search-input',
				id: 'kit-search-query',
				type: 'search',
				placeholder: label,
				autocomplete: 'off',
				autocapitalize: 'none',
				enterKeyHint: 'search',
			}),
			h(
				'button',
				{ className: 'pagefind-ui__search-clear', type: 'button', hidden: true },
				t('kit.search.clear'),
			),
			h('div', { className: 'pagefind-ui__drawer' }, [
				h('fieldset', { className: 'pagefind-ui__filter-panel' }, [
					h('legend', { className: 'sr-only' }, t('kit.search.filters')),
					filters.band.length ? group('band', t('kit.catalogue.band'), band) : undefined,
					filters.topic.length
						? group('topic', t('kit.catalogue.topic'), (id) => t(`kit.topic.${id}`))
						: undefined,
				]),
				h('div', { className: 'pagefind-ui__results-area' }, [
					h('p', { className: 'pagefind-ui__message', role: 'status' }),
					h('ol', { className: 'pagefind-ui__results' }),
					h(
						'button',
						{ className: 'pagefind-ui__button', type: 'button', hidden: true },
						t('kit.search.more'),
					),
					h('p', { className: 'kit-offline-search__note' }, t('kit.search.note')),
				]),
			]),
		]),
	]);
}

const isSiteSearch = (node: Root['children'][number]) =>
	node.type === 'element' && node.tagName === 'site-search';
const isScript = (node: Root['children'][number]) => node.type === 'element' && node.tagName === 'script';
