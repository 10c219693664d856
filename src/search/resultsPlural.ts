/**
 * Pagefind says "[COUNT] results" in one way for every count above one, but a language may need
 * another form for some counts (Arabic has forms for two, for three to ten and for eleven to
 * ninety-nine). The kit's results message has every form of the page's language
 * (`kit.search.results_*`); this puts the one the count needs in place of Pagefind's as Pagefind
 * writes it.
 */

/** Digits other scripts write numbers with, for reading a count back. */
const DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
const MARK = /(\[COUNT\]|\[SEARCH_TERM\])/;

/**
 * `text` with the form of the results message its count needs, when `text` is Pagefind's message
 * for several results (`many`, with `[COUNT]` and `[SEARCH_TERM]`); undefined for any other text.
 * `forms` are the message's plural forms by category (`one`, `two`, `few`, `many`, `other`).
 */
export function pluralMessage(
	text: string,
	many: string,
	forms: Record<string, string>,
	rules: Intl.PluralRules,
): string | undefined {
	const order: string[] = [];
	const pattern = many
		.split(MARK)
		.map((part) => {
			if (!MARK.test(part)) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			order.push(part);
			return part === '[COUNT]' ? '([\\p{Nd}][\\p{Nd}.,\\s]*?)' : '(.*)';
		})
		.join('');
	const found = new RegExp(`^${pattern}$`, 'su').exec(text);
	if (!found) return undefined;
	const value = (mark: string) => found[order.indexOf(mark) + 1] ?? '';
	const count = value('[COUNT]');
	const digits = count.replace(DIGITS, (digit) => String(digit.charCodeAt(0) & 0xf)).replace(/\D/g, '');
	const form = forms[rules.select(Number(digits))] ?? forms.other;
	if (form === undefined || digits === '') return undefined;
	return form.replace('[COUNT]', () => count).replace('[SEARCH_TERM]', () => value('[SEARCH_TERM]'));
}

/** Keeps Pagefind's results message in `root` in the form its count needs, as Pagefind rewrites it. */
export function pluralResults(root: Element, many: string, forms: Record<string, string>, lang: string) {
	const rules = new Intl.PluralRules(lang);
	const fix = () => {
		for (const message of root.querySelectorAll('.pagefind-ui__message')) {
			for (const node of message.childNodes) {
				if (node.nodeType !== Node.TEXT_NODE) continue;
				const text = node as Text;
				const wanted = pluralMessage(text.data, many, forms, rules);
				if (wanted !== undefined && wanted !== text.data) text.data = wanted;
			}
		}
	};
	new MutationObserver(fix).observe(root, { subtree: true, childList: true, characterData: true });
	// A message written before this module arrived.
	fix();
}
