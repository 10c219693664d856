/**
 * The reader's country for law cards, carried in the address (`?country=us`) and nowhere else:
 * no cookie, no storage, so a visit leaves no trace on the device. A page holds only its readers'
 * law. Picking another country loads its statements from the site itself (one small file per
 * locale and country, src/countries/lawStatements.ts), shows them (and the EU's for a member state)
 * in every card of the page, updates the address, and keeps the choice in the site's own links on
 * the page. Where the file cannot be loaded (an offline pack opened from disk may not fetch), the
 * link is followed to the country's law page instead, as without JavaScript.
 */
import { localePath } from '../i18n/localePath.ts';

const cards = [...document.querySelectorAll<HTMLElement>('[data-kit-law]')];
const loads = new Map<string, Promise<void>>();
/** The country picked last: a slower load of an earlier pick must not show over it. */
let wanted = '';

const packIn = (card: HTMLElement, pack: string) =>
	card.querySelector<HTMLElement>(`[data-kit-law-pack="${pack}"]`);
const pickerOf = (card: HTMLElement) => card.querySelector('.kit-law__picker')!;

/** A loaded pack as one card shows it: the statements on the card's topics, in its order. */
function forCard(loaded: Element, card: HTMLElement): HTMLElement {
	const block = loaded.cloneNode(true) as HTMLElement;
	const list = block.querySelector('ul')!;
	list.replaceChildren(
		...card.dataset
			.kitLawTopics!.split(' ')
			.flatMap((topic) => [...block.querySelectorAll(`[data-kit-law-topic="${topic}"]`)]),
	);
	block.querySelector(list.children.length > 0 ? '[data-kit-law-none]' : 'ul')!.remove();
	block.hidden = true;
	return block;
}

/** Puts a country's law, and the law that also applies there, in every card that lacks it. */
function load(country: string): Promise<void> {
	if (cards.every((card) => packIn(card, country))) return Promise.resolve();
	const url = localePath(
		import.meta.env.BASE_URL,
		cards[0]!.dataset.kitLawLocale,
		`law/${country}/statements.json`,
	);
	const loading =
		loads.get(country) ??
		fetch(url).then(async (response) => {
			const template = document.createElement('template');
			if (response.ok) template.innerHTML = ((await response.json()) as { html: string }).html;
			const blocks = [...template.content.children] as HTMLElement[];
			if (blocks[0]?.dataset.kitLawPack !== country) throw new Error(`No law for "${country}" in ${url}`);
			for (const card of cards)
				for (const block of blocks)
					if (!packIn(card, block.dataset.kitLawPack!)) pickerOf(card).before(forCard(block, card));
		});
	loads.set(country, loading);
	loading.catch(() => loads.delete(country));
	return loading;
}

/** Shows a country's law in every card, its own first, and keeps it in the address and the page's links. */
function show(country: string) {
	for (const card of cards) {
		const pick = packIn(card, country);
		if (!pick) continue;
		const inForce = [country, ...(pick.dataset.kitLawMembers ?? '').split(' ').filter(Boolean)];
		for (const pack of card.querySelectorAll<HTMLElement>('[data-kit-law-pack]'))
			pack.hidden = !inForce.includes(pack.dataset.kitLawPack!);
		pickerOf(card).before(...inForce.flatMap((pack) => packIn(card, pack) ?? []));
		for (const link of card.querySelectorAll<HTMLElement>('[data-kit-law-pick]'))
			link.toggleAttribute('aria-current', link.dataset.kitLawPick === country);
	}
	const url = new URL(location.href);
	url.searchParams.set('country', country);
	history.replaceState(history.state, '', url);
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
		const target = new URL(link.href, location.href);
		if (target.origin !== location.origin || link.dataset.kitLawPick || link.closest('[data-kit-exit]'))
			continue;
		target.searchParams.set('country', country);
		link.href = target.href;
	}
}

/** Loads and shows a country, unless the reader has picked another one meanwhile. Resolves to whether it shows. */
async function pick(country: string): Promise<boolean> {
	wanted = country;
	await load(country);
	if (wanted === country) show(country);
	return wanted === country;
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-kit-law-pick]')) {
	link.addEventListener('click', (event) => {
		event.preventDefault();
		pick(link.dataset.kitLawPick!).then(
			(shown) =>
				shown &&
				link
					.closest('[data-kit-law]')
					?.querySelector<HTMLElement>('[data-kit-law-pack]:not([hidden]) .kit-law__title')
					?.focus(),
			() => location.assign(link.href),
		);
	});
}
// Only a country the cards offer: the address is anyone's to write.
const chosen = new URL(location.href).searchParams.get('country') ?? '';
if (
	/^[a-z]{2,13}$/.test(chosen) &&
	cards.some((card) => card.querySelector(`[data-kit-law-pick="${chosen}"]`))
)
	pick(chosen).catch(() => undefined);
