/**
 * The offline pack's search dialog, in the place of Starlight's: the same button, shortcut
 * (Ctrl/⌘ K) and dialog, with a search box, age band and topic filters and results that look
 * like Pagefind's. Its markup is put into each page when the pack is made
 * (scripts/lib/pack/offlineSearchMarkup.ts); this script makes it work.
 */
import { loadIndex, offerToCatalogue } from './loadIndex.ts';
import { renderResults } from './renderResults.ts';
import { search, type PageHit, type SearchIndex } from './searchEngine.ts';

/** Results shown at first, and added by "More results". */
const PAGE_SIZE = 10;

export function enhanceSearch(root: HTMLElement): void {
	const { locale = '', searchIndex: src = '', top = '' } = root.dataset;
	offerToCatalogue(locale, src);
	const open = root.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
	const close = root.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
	const dialog = root.querySelector('dialog')!;
	const frame = root.querySelector<HTMLElement>('.dialog-frame')!;
	const form = root.querySelector('form')!;
	const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
	const clear = form.querySelector<HTMLButtonElement>('.pagefind-ui__search-clear')!;
	const message = form.querySelector<HTMLElement>('.pagefind-ui__message')!;
	const list = form.querySelector<HTMLOListElement>('.pagefind-ui__results')!;
	const more = form.querySelector<HTMLButtonElement>('.pagefind-ui__button')!;
	const plural = new Intl.PluralRules(document.documentElement.lang);
	let index: SearchIndex | undefined;
	let hits: PageHit[] = [];
	let shown = 0;

	const text = (name: string, values: Record<string, string | number>) =>
		Object.entries(values).reduce(
			(template, [key, value]) => template.replaceAll(`{{${key}}}`, String(value)),
			root.dataset[name] ?? '',
		);
	const filters = () => {
		const chosen: Record<string, string[]> = {};
		for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
			(chosen[box.name] ??= []).push(box.value);
		}
		return chosen;
	};

	const run = () => {
		if (!index) return;
		const query = input.value.trim();
		const chosen = filters();
		clear.hidden = query === '';
		if (!query) {
			hits = [];
			message.textContent = '';
		} else {
			hits = search(index, query, chosen);
			const count = hits.length;
			const form = plural.select(count);
			const key = `count${form.charAt(0).toUpperCase()}${form.slice(1)}`;
			message.textContent =
				count === 0
					? text('none', { query })
					: text(root.dataset[key] ? key : 'countOther', { count, query });
		}
		list.replaceChildren();
		shown = 0;
		showMore();
		countFilters();
	};
	const showMore = () => {
		const next = hits.slice(shown, shown + PAGE_SIZE);
		list.append(...renderResults(next, top));
		shown += next.length;
		more.hidden = shown >= hits.length;
	};
	/** Beside each filter value, how many pages match the query with that value chosen alone. */
	const countFilters = () => {
		const query = input.value.trim();
		const all = index ? search(index, query, {}) : [];
		for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
			const count = all.filter((hit) => hit.page.f[box.name]?.includes(box.value)).length;
			box.parentElement!.querySelector('[data-count]')!.textContent = query ? ` (${count})` : '';
			box.parentElement!.classList.toggle('pagefind-ui__filter-value--checked', box.checked);
		}
	};

	const prepare = async () => {
		if (index) return;
		try {
			index = await loadIndex(locale, src);
			run();
		} catch {
			message.textContent = root.dataset.error ?? '';
		}
	};
	const onWindowClick = (event: MouseEvent) => {
		const target = event.target as Node;
		const isLink = 'href' in (event.target ?? {});
		if (isLink || (document.body.contains(target) && !frame.contains(target))) dialog.close();
	};
	const show = (event?: Event) => {
		dialog.showModal();
		document.body.toggleAttribute('data-search-modal-open', true);
		input.focus();
		event?.stopPropagation();
		window.addEventListener('click', onWindowClick);
		void prepare();
	};

	open.disabled = false;
	open.addEventListener('click', show);
	close.addEventListener('click', () => dialog.close());
	dialog.addEventListener('close', () => {
		document.body.toggleAttribute('data-search-modal-open', false);
		window.removeEventListener('click', onWindowClick);
	});
	window.addEventListener('keydown', (event) => {
		if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
			if (dialog.open) dialog.close();
			else show();
			event.preventDefault();
		}
	});
	let timer: ReturnType<typeof setTimeout> | undefined;
	form.addEventListener('input', (event) => {
		clearTimeout(timer);
		timer = setTimeout(run, event.target === input ? 150 : 0);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		run();
	});
	clear.addEventListener('click', () => {
		input.value = '';
		run();
		input.focus();
	});
	more.addEventListener('click', showMore);
}
