import { describe, expect, it } from 'vitest';
import { searchOnOpen } from '../../src/html/searchHint.ts';
import { pluralMessage } from '../../src/search/resultsPlural.ts';
import { asPagefindTemplate, pagefindWords, resultsForms } from '../../src/search/searchWords.ts';

describe('the search button', () => {
	it('loses its "Ctrl K" hint and keeps everything else', () => {
		const button =
			'<button data-open-modal aria-label="Search" aria-keyshortcuts="Control+K"><svg></svg>' +
			'<span class="sl-hidden md:sl-block" aria-hidden="true">Search</span>' +
			'<kbd class="sl-hidden md:sl-flex" style="display: none;">\n\t<kbd>Ctrl</kbd><kbd>K</kbd>\n</kbd></button>' +
			'<script>const shortcut = openBtn?.querySelector("kbd");</script>';
		const html = searchOnOpen(button);
		expect(html).not.toContain('<kbd');
		expect(html).toContain('aria-keyshortcuts="Control+K"');
		expect(html).toContain('<span class="sl-hidden md:sl-block" aria-hidden="true">Search</span></button>');
		expect(html).toContain('querySelector("kbd")');
	});

	it('keeps a lone <kbd>, which is not the hint', () => {
		expect(searchOnOpen('<p>Press <kbd>Esc</kbd></p>')).toBe('<p>Press <kbd>Esc</kbd></p>');
	});
});

describe('the search dialog', () => {
	const starlight =
		'<site-search data-translations="{&quot;placeholder&quot;:&quot;Search&quot;}"><button data-open-modal>' +
		'<kbd><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button><script type="module">load()</script>' +
		'<script>const shortcut = 1;</script></site-search>';

	it('gets the kit’s words, written so the browser reads them back as given', () => {
		const words = {
			placeholder: 'Zoeken',
			many_results: '[COUNT] resultaten voor ‘[SEARCH_TERM]’',
			x: 'a & "b"',
		};
		const html = searchOnOpen(starlight, { translations: words });
		const attribute = /data-translations="([^"]*)"/.exec(html)![1]!;
		const decoded = attribute.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
		expect(JSON.parse(decoded)).toEqual(words);
		expect(html).not.toContain('<kbd');
		expect(html).not.toContain('load()');
		expect(html).toContain('<script>const shortcut = 1;</script>');
	});

	it('keeps Starlight’s words when given none', () => {
		expect(searchOnOpen(starlight)).toContain(
			'data-translations="{&quot;placeholder&quot;:&quot;Search&quot;}"',
		);
	});

	it('takes Pagefind’s words from the kit’s UI strings, the `other` form for more than one result', () => {
		const strings: Record<string, string> = {
			'search.label': 'Zoeken',
			'kit.search.clear': 'Wissen',
			'kit.search.more': 'Meer resultaten',
			'kit.search.searching': 'Zoeken naar ‘{{query}}’…',
			'kit.search.filters': 'Filters',
			'kit.search.none': 'Geen resultaten voor ‘{{query}}’',
		};
		const t = (key: string, values: Record<string, string> = {}) =>
			strings[key]!.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name]!);
		const words = pagefindWords(
			t,
			resultsForms({
				'form-one': '{{count}} resultaat voor ‘{{query}}’',
				'form-other': '{{count}} resultaten voor ‘{{query}}’',
			}),
		);
		expect(words).toEqual({
			search_label: 'Zoeken',
			clear_search: 'Wissen',
			load_more: 'Meer resultaten',
			searching: 'Zoeken naar ‘[SEARCH_TERM]’…',
			filters_label: 'Filters',
			zero_results: 'Geen resultaten voor ‘[SEARCH_TERM]’',
			one_result: '[COUNT] resultaat voor ‘[SEARCH_TERM]’',
			many_results: '[COUNT] resultaten voor ‘[SEARCH_TERM]’',
		});
		expect(pagefindWords(t, resultsForms({ 'form-other': '{{count}} x' })).one_result).toBe('[COUNT] x');
		expect(() => pagefindWords(t, resultsForms({ 'form-one': 'x' }))).toThrow(/kit\.search\.results_other/);
	});

	it('puts the reader’s count and words where Pagefind puts them', () => {
		expect(asPagefindTemplate('{{count}} resultaten voor ‘{{query}}’')).toBe(
			'[COUNT] resultaten voor ‘[SEARCH_TERM]’',
		);
		expect(asPagefindTemplate('نتيجتان لـ «{{ query }}»')).toBe('نتيجتان لـ «[SEARCH_TERM]»');
		expect(asPagefindTemplate('{{other}}')).toBe('{{other}}');
	});
});

describe('the results message in the form its count needs', () => {
	const arabic = {
		one: 'نتيجة واحدة لـ «[SEARCH_TERM]»',
		two: 'نتيجتان لـ «[SEARCH_TERM]»',
		few: '[COUNT] نتائج لـ «[SEARCH_TERM]»',
		many: '[COUNT] نتيجة لـ «[SEARCH_TERM]»',
		other: '[COUNT] نتيجة لـ «[SEARCH_TERM]»',
	};
	const rules = new Intl.PluralRules('ar');
	const pagefind = (count: string) => `${count} نتيجة لـ «deepfake»`;

	it('picks the Arabic form for two, for three to ten and for eleven and more', () => {
		expect(pluralMessage(pagefind('2'), arabic.other, arabic, rules)).toBe('نتيجتان لـ «deepfake»');
		expect(pluralMessage(pagefind('5'), arabic.other, arabic, rules)).toBe('5 نتائج لـ «deepfake»');
		expect(pluralMessage(pagefind('٥'), arabic.other, arabic, rules)).toBe('٥ نتائج لـ «deepfake»');
		expect(pluralMessage(pagefind('35'), arabic.other, arabic, rules)).toBe('35 نتيجة لـ «deepfake»');
		expect(pluralMessage(pagefind('1,200'), arabic.other, arabic, rules)).toBe('1,200 نتيجة لـ «deepfake»');
	});

	it('leaves any other text alone, and a form it already chose', () => {
		expect(pluralMessage('نتيجة واحدة لـ «deepfake»', arabic.other, arabic, rules)).toBeUndefined();
		expect(pluralMessage('5 نتائج لـ «deepfake»', arabic.other, arabic, rules)).toBeUndefined();
		expect(pluralMessage('Searching…', arabic.other, arabic, rules)).toBeUndefined();
	});

	it('reads the count and the words wherever the message puts them', () => {
		const forms = {
			one: '„[SEARCH_TERM]“: [COUNT] Treffer',
			other: '„[SEARCH_TERM]“: [COUNT] Treffer (mehrere)',
		};
		const text = '„a (b) [c]?“: 12 Treffer';
		expect(pluralMessage(text, forms.one, forms, new Intl.PluralRules('de'))).toBe(
			'„a (b) [c]?“: 12 Treffer (mehrere)',
		);
	});
});
