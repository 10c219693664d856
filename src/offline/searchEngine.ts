/**
 * The offline pack's search: a plain scan of every page's text, small enough to run over a
 * locale's pages in the browser as the reader types. It finds words that start with each word
 * of the query (all of them, in any order), ignoring case and accents, and ranks titles and
 * headings above body text. Pure functions: the index comes in, results go out.
 */

/** One section of a page: the id of its heading (empty before the first heading), heading, text. */
export type IndexSection = [id: string, heading: string, text: string];

/** One page in a locale's index (written by scripts/lib/pack/searchIndex.ts). */
export interface IndexPage {
	/** Its path from the top of the pack: `en/lessons/11-13/real-or-fake/index.html`. */
	u: string;
	/** Its title. */
	t: string;
	/** Its filters, as `data-pagefind-filter` gives them: `{ band: ['11-13'], topic: [...] }`. */
	f: Record<string, string[]>;
	s: IndexSection[];
	/** The language and direction of its text, where they are not the page's (an English page under /ar/). */
	l?: string;
	d?: string;
}

export interface SearchIndex {
	/** The site's base path, so results can name pages by their address (`/en/help/`). */
	base: string;
	pages: IndexPage[];
}

/** A piece of an excerpt; `mark` is true where the query matched. */
export type Piece = { text: string; mark: boolean };

export interface SectionHit {
	id: string;
	heading: string;
	excerpt: Piece[];
}

export interface PageHit {
	page: IndexPage;
	score: number;
	sections: SectionHit[];
}

/** Lower case, accents and other marks removed: "Élève" → "eleve", Arabic without harakat. */
export function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The words of a query, folded: "Deep-fakes, apps" → ["deep", "fake", "apps"]. A final "s" on
 * a word of five letters or more goes, so that "deepfakes" also finds "deepfake" (words are
 * matched by their start, so "deepfake" finds "deepfakes" anyway).
 */
export function queryTerms(query: string): string[] {
	const words = fold(query).match(/[\p{L}\p{N}]+/gu) ?? [];
	return [...new Set(words.map((word) => (word.length >= 5 ? word.replace(/s$/, '') : word)))];
}

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Matches a term at the start of a word. */
const wordStart = (term: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}`, 'gu');

/** Folded copies of the index's text, made once, on the first search. */
const folded = new WeakMap<IndexPage, { title: string; sections: [string, string][] }>();
function foldedPage(page: IndexPage) {
	let entry = folded.get(page);
	if (!entry) {
		entry = { title: fold(page.t), sections: page.s.map(([, heading, text]) => [fold(heading), fold(text)]) };
		folded.set(page, entry);
	}
	return entry;
}

const count = (pattern: RegExp, text: string) => text.match(pattern)?.length ?? 0;

/** Whether a page passes the filters: any of the chosen values within a filter, every filter. */
export function passes(page: IndexPage, filters: Record<string, string[]>): boolean {
	return Object.entries(filters).every(
		([name, values]) => values.length === 0 || values.some((value) => page.f[name]?.includes(value)),
	);
}

/**
 * The pages that contain every word of the query (or, for an empty query, every page that passes
 * the filters), best first, each with up to `sectionsPerPage` matching sections and excerpts.
 */
export function search(
	index: SearchIndex,
	query: string,
	filters: Record<string, string[]> = {},
	sectionsPerPage = 3,
): PageHit[] {
	const terms = queryTerms(query);
	const patterns = terms.map(wordStart);
	const hits: PageHit[] = [];
	for (const page of index.pages) {
		if (!passes(page, filters)) continue;
		if (terms.length === 0) {
			hits.push({ page, score: 0, sections: [] });
			continue;
		}
		const text = foldedPage(page);
		const perSection = text.sections.map(([heading, body]) =>
			patterns.map((pattern) => ({ heading: count(pattern, heading), body: count(pattern, body) })),
		);
		const titleHits = patterns.map((pattern) => count(pattern, text.title));
		const found = patterns.every(
			(_, term) => titleHits[term]! > 0 || perSection.some((s) => s[term]!.heading + s[term]!.body > 0),
		);
		if (!found) continue;
		let score = 0;
		patterns.forEach((_, term) => {
			const headings = perSection.reduce((sum, s) => sum + s[term]!.heading, 0);
			const body = perSection.reduce((sum, s) => sum + s[term]!.body, 0);
			score += 10 * Math.min(titleHits[term]!, 1) + 3 * Math.min(headings, 3) + Math.log2(1 + body);
		});
		const sections = perSection
			.map((s, i) => ({ i, hits: s.reduce((sum, t) => sum + 2 * t.heading + t.body, 0) }))
			.filter((s) => s.hits > 0)
			.sort((a, b) => b.hits - a.hits || a.i - b.i)
			.slice(0, sectionsPerPage)
			.sort((a, b) => a.i - b.i)
			.map(({ i }) => {
				const [id, heading, body] = page.s[i]!;
				return { id, heading, excerpt: excerpt(body || heading, terms) };
			});
		hits.push({ page, score, sections });
	}
	return terms.length ? hits.sort((a, b) => b.score - a.score) : hits;
}

/**
 * About `width` characters of `text` around the first match of the query, cut at word ends, with
 * every match marked.
 */
export function excerpt(text: string, terms: string[], width = 160): Piece[] {
	// Fold character by character, remembering where each folded character came from.
	let foldedText = '';
	const origin: number[] = [];
	for (let i = 0; i < text.length;) {
		const char = String.fromCodePoint(text.codePointAt(i)!);
		for (const folded of fold(char)) {
			foldedText += folded;
			origin.push(i);
		}
		i += char.length;
	}
	origin.push(text.length);
	const matches: [number, number][] = [];
	for (const term of terms) {
		for (const match of foldedText.matchAll(wordStart(term))) {
			// Mark the whole word the term starts.
			const wordEnd = /^[\p{L}\p{N}]*/u.exec(foldedText.slice(match.index + term.length))![0].length;
			matches.push([origin[match.index]!, origin[match.index + term.length + wordEnd]!]);
		}
	}
	matches.sort((a, b) => a[0] - b[0]);
	const first = matches[0]?.[0] ?? 0;
	let start = Math.max(0, first - width / 3);
	let end = Math.min(text.length, start + width);
	if (start > 0) start = text.indexOf(' ', start) + 1 || start;
	if (end < text.length) end = text.lastIndexOf(' ', end) > first ? text.lastIndexOf(' ', end) : end;
	const pieces: Piece[] = [];
	let at = start;
	for (const [from, to] of matches) {
		if (from < at || to > end) continue;
		if (from > at) pieces.push({ text: text.slice(at, from), mark: false });
		pieces.push({ text: text.slice(from, to), mark: true });
		at = to;
	}
	if (at < end) pieces.push({ text: text.slice(at, end), mark: false });
	if (start > 0) pieces.unshift({ text: '… ', mark: false });
	if (end < text.length) pieces.push({ text: ' …', mark: false });
	return pieces;
}
