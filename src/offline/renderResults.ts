import { excerpt, type PageHit, type Piece } from './searchEngine.ts';

/**
 * Search results as list items, in the markup (and so with the look) of Pagefind's results in
 * Starlight: the page title, then the matching sections under it with an excerpt each. Text is
 * set as text, never as HTML. `top` is the way from this page up to the top of the pack.
 */
export function renderResults(hits: PageHit[], top: string): HTMLLIElement[] {
	return hits.map(({ page, sections }) => {
		const item = element('li', 'pagefind-ui__result');
		if (page.l) item.lang = page.l;
		if (page.d) item.dir = page.d;
		const inner = element('div', 'pagefind-ui__result-inner');
		inner.append(title(page.t, `${top}${page.u}`));
		const [intro, ...rest] = sections[0]?.id === '' ? sections : [undefined, ...sections];
		const start = intro?.excerpt ?? (sections.length === 0 ? excerpt(page.s[0]?.[2] ?? '', []) : undefined);
		if (start?.length) inner.append(paragraph(start));
		for (const section of rest) {
			if (!section) continue;
			const nested = element('div', 'pagefind-ui__result-nested');
			nested.append(title(section.heading, `${top}${page.u}#${section.id}`), paragraph(section.excerpt));
			inner.append(nested);
		}
		item.append(inner);
		return item;
	});
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.className = className;
	return node;
}

function title(text: string, href: string): HTMLParagraphElement {
	const heading = element('p', 'pagefind-ui__result-title');
	const link = element('a', 'pagefind-ui__result-link');
	link.href = href;
	link.textContent = text;
	heading.append(link);
	return heading;
}

function paragraph(pieces: Piece[]): HTMLParagraphElement {
	const text = element('p', 'pagefind-ui__result-excerpt');
	text.append(
		...pieces.map((piece) => {
			if (!piece.mark) return document.createTextNode(piece.text);
			const mark = document.createElement('mark');
			mark.textContent = piece.text;
			return mark;
		}),
	);
	return text;
}
