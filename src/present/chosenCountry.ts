/**
 * The reader's country, as the kit carries it: in the address (`?country=us`, set by a law card's
 * list of countries) and nowhere else. On the closing slide it picks which country's help shows;
 * the build shows the locale's first country. Returns the country, if the page has help for it.
 */
export function showChosenCountry(root: ParentNode): string | undefined {
	const country = new URLSearchParams(location.search).get('country') ?? '';
	const blocks = [...root.querySelectorAll<HTMLElement>('[data-help-country]')];
	if (!blocks.some((block) => block.dataset.helpCountry === country)) return undefined;
	for (const block of blocks) block.hidden = block.dataset.helpCountry !== country;
	return country;
}
