/**
 * Filters on the lesson catalogue: age band, topic, length and a search box that asks Pagefind
 * with the same filters the lesson pages carry. Without JavaScript the page shows every lesson,
 * grouped by age band. The filters live in the address (?band=14-16), so a filtered list can be
 * shared; nothing is stored. In an offline pack the search box uses the pack's own search
 * (src/offline/loadIndex.ts).
 */
type Pagefind = {
	options: (options: { baseUrl: string }) => Promise<void>;
	search: (
		query: string,
		options: { filters: Record<string, string> },
	) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
};

const form = document.querySelector<HTMLFormElement>('[data-kit-catalogue-filters]');
if (form) enhance(form);

function enhance(form: HTMLFormElement) {
	const cards = [...document.querySelectorAll<HTMLElement>('[data-kit-lesson-card]')];
	const groups = [...document.querySelectorAll<HTMLElement>('[data-kit-band-group]')];
	const count = document.querySelector<HTMLElement>('[data-kit-catalogue-count]')!;
	const none = document.querySelector<HTMLElement>('[data-kit-catalogue-none]')!;
	const base = form.dataset.base ?? '/';
	const plural = new Intl.PluralRules(document.documentElement.lang);
	let pagefind: Promise<Pagefind> | undefined;
	let latest = 0;

	// Start from the filters in the address, if any.
	const params = new URLSearchParams(location.search);
	for (const name of ['band', 'topic', 'duration', 'q']) {
		const value = params.get(name);
		const field = form.elements.namedItem(name);
		if (value === null || !field) continue;
		if (field instanceof RadioNodeList) field.value = value;
		else (field as HTMLInputElement | HTMLSelectElement).value = value;
	}

	const search = async (query: string, filters: Record<string, string>) => {
		// In an offline pack, opened from disk, Pagefind cannot load; the pack offers its own search.
		const offline = window.kitOfflineSearch;
		if (offline) {
			const found = await offline.search(query, { kind: 'lesson', ...filters });
			return new Set(found.map((result) => result.url));
		}
		pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
			await module.options({ baseUrl: base });
			return module;
		});
		const { results } = await (await pagefind).search(query, { filters: { kind: 'lesson', ...filters } });
		return new Set((await Promise.all(results.map((result) => result.data()))).map((data) => data.url));
	};

	const apply = async () => {
		const run = ++latest;
		const values = Object.fromEntries(
			[...new FormData(form)].map(([name, value]) => [name, String(value).trim()]),
		) as Record<string, string>;
		const { band = '', topic = '', duration = '', q = '' } = values;
		const filters = Object.fromEntries(Object.entries({ band, topic }).filter(([, value]) => value));
		const found = q ? await search(q, filters) : undefined;
		if (run !== latest) return; // a newer change has already answered
		let shown = 0;
		for (const card of cards) {
			const visible =
				(!band || card.dataset.band === band) &&
				(!topic || (card.dataset.topics ?? '').split(' ').includes(topic)) &&
				(!duration || Number(card.dataset.duration) <= Number(duration)) &&
				(!found || found.has(card.dataset.url!));
			card.hidden = !visible;
			if (visible) shown++;
		}
		for (const group of groups) group.hidden = !group.querySelector('[data-kit-lesson-card]:not([hidden])');
		none.hidden = shown > 0;
		const template =
			count.dataset[`count${capitalise(plural.select(shown))}`] ?? count.dataset.countOther ?? '';
		count.textContent = template
			.replace('{{count}}', String(shown))
			.replace('{{total}}', String(cards.length));
		const address = new URLSearchParams(Object.entries(values).filter(([, value]) => value));
		history.replaceState(null, '', `${location.pathname}${address.size ? `?${address}` : ''}`);
	};

	let timer: ReturnType<typeof setTimeout> | undefined;
	form.addEventListener('input', (event) => {
		clearTimeout(timer);
		// Typing waits for a pause; choices apply at once.
		timer = setTimeout(apply, (event.target as HTMLElement).matches('input[type="search"]') ? 250 : 0);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void apply();
	});
	void apply();
}

function capitalise(word: string) {
	return word.charAt(0).toUpperCase() + word.slice(1);
}

export {};
