/**
 * Gives every link to a page of this site its full address in `data-print-href`, so that print
 * (src/styles/print.css) can write it after the link text: "/en/help/" means nothing on paper,
 * "https://example.org/en/help/" does. Links that already have one are left alone.
 */
export function addPrintAddresses(html: string, site: URL | undefined): string {
	if (!site) return html;
	return html.replace(
		/<a\b(?![^>]*\sdata-print-href=)([^>]*?\shref=")(\/(?!\/)[^"]*)"/g,
		(_match, start: string, path: string) => {
			const address = new URL(path, site).href;
			return `<a data-print-href="${address}"${start}${path}"`;
		},
	);
}
