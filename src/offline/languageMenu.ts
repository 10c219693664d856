/**
 * Starlight's language menu goes to another language by setting `location.pathname` to the
 * option's value, an address from the top of the site. In a pack on disk the options hold
 * relative addresses instead (scripts/lib/pack/relativeLinks.ts), which only `location.href`
 * resolves against the page, so the pack answers the change first and Starlight's handler never
 * runs.
 */
export function followLanguageMenus(): void {
	document.addEventListener(
		'change',
		(event) => {
			const select = event.target;
			if (!(select instanceof HTMLSelectElement) || !select.closest('starlight-lang-select')) return;
			event.stopImmediatePropagation();
			location.href = select.value;
		},
		true,
	);
}
