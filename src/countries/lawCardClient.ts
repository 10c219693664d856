/**
 * The reader's country for law cards, carried in the address (`?country=us`) and nowhere else:
 * no cookie, no storage, so a visit leaves no trace on the device. Picking a country in a card
 * shows its law (and the EU's for a member state) in every card of the page, updates the address,
 * and keeps the choice in the site's own links on the page.
 */
const cards = [...document.querySelectorAll<HTMLElement>('[data-kit-law]')];
const chosen = new URL(location.href).searchParams.get('country');

function show(country: string) {
	for (const card of cards) {
		const packs = [...card.querySelectorAll<HTMLElement>('[data-kit-law-pack]')];
		const pick = packs.find((pack) => pack.dataset.kitLawPack === country);
		if (!pick) continue;
		const inForce = [country, ...(pick.dataset.kitLawMembers ?? '').split(' ').filter(Boolean)];
		for (const pack of packs) pack.hidden = !inForce.includes(pack.dataset.kitLawPack!);
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

for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-kit-law-pick]')) {
	link.addEventListener('click', (event) => {
		event.preventDefault();
		show(link.dataset.kitLawPick!);
		link
			.closest('[data-kit-law]')
			?.querySelector<HTMLElement>('[data-kit-law-pack]:not([hidden]) .kit-law__title')
			?.focus();
	});
}
if (chosen && /^[a-z]{2,13}$/.test(chosen)) show(chosen);
