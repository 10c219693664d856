/**
 * The search button and dialog in every page's header, as Starlight's own `<site-search>` does it
 * (its markup and styles stay: src/components/Search.astro), but Pagefind's interface (about 26 KB
 * gzipped, and its index) loads when a reader first opens the dialog, not on every page while the
 * browser is idle. Most readers of a lesson never search; those who do wait a moment once.
 * @see https://github.com/withastro/starlight/blob/main/packages/starlight/components/Search.astro
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';

class SiteSearch extends HTMLElement {
	#started = false;

	connectedCallback() {
		const open = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
		const close = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
		const dialog = this.querySelector('dialog')!;
		const frame = this.querySelector('.dialog-frame')!;

		// A click on a link, or outside the dialog's frame, closes it.
		const onClick = (event: MouseEvent) => {
			const target = event.target as Node | null;
			if (
				(target && 'href' in target) ||
				(target && document.body.contains(target) && !frame.contains(target))
			)
				dialog.close();
		};
		const show = (event?: MouseEvent) => {
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
			event?.stopPropagation();
			window.addEventListener('click', onClick);
			void this.#start().then(() => this.querySelector('input')?.focus());
		};
		open.addEventListener('click', show);
		open.disabled = false;
		close.addEventListener('click', () => dialog.close());
		dialog.addEventListener('close', () => {
			document.body.toggleAttribute('data-search-modal-open', false);
			window.removeEventListener('click', onClick);
		});
		window.addEventListener('keydown', (event) => {
			if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
				if (dialog.open) dialog.close();
				else show();
				event.preventDefault();
			}
		});
	}

	/** Loads Pagefind's interface into the dialog, once. */
	async #start() {
		if (this.#started) return;
		this.#started = true;
		// Without them, Starlight's English words.
		const translations = parsed(this.dataset.translations) ?? {};
		const strip = this.dataset.stripTrailingSlash !== undefined;
		const formatUrl = (path: string) => (strip ? path.replace(/(.)\/(#.*)?$/, '$1$2') : path);
		// @ts-expect-error Pagefind's interface ships without types.
		const { PagefindUI } = await import('@pagefind/default-ui');
		new PagefindUI({
			...pagefindUserConfig,
			element: '#starlight__search',
			baseUrl: import.meta.env.BASE_URL,
			bundlePath: `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/`,
			showImages: false,
			translations,
			showSubResults: true,
			processResult: (result: { url: string; sub_results: { url: string }[] }) => {
				result.url = formatUrl(result.url);
				result.sub_results = result.sub_results.map((sub) => ({ ...sub, url: formatUrl(sub.url) }));
			},
		});
		// A language with more plural forms than Pagefind's two (src/search/resultsPlural.ts).
		const many = translations.many_results;
		const forms = parsed(this.dataset.kitResults);
		if (many && forms) {
			const { pluralResults } = await import('./resultsPlural.ts');
			pluralResults(this, many, forms, document.documentElement.lang);
		}
	}
}

/** A data attribute's JSON, or undefined when it is missing or not JSON. */
function parsed(json: string | undefined): Record<string, string> | undefined {
	try {
		return json ? (JSON.parse(json) as Record<string, string>) : undefined;
	} catch {
		return undefined;
	}
}

// Starlight's own element is left out of the page (src/html/searchHint.ts); never define it twice.
if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
