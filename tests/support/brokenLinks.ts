import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlEdit } from '../../src/html/htmlEdit.ts';
import { describeBrokenLink, SiteLinks } from '../../src/links/siteLinks.ts';
import { siteFiles } from '../../scripts/lib/siteFiles.ts';

/**
 * The build's link check (src/links/siteLinks.ts) run again on a built site as it is on disk,
 * served under `base`: every `<a href>` into the site must reach a file inside it, and each
 * `#anchor` an element id there. Returns the broken ones as "page → href (why)" and the number
 * of pages read.
 */
export function brokenLinks(dist: string, base = '/'): { broken: string[]; pages: number } {
	const links = new SiteLinks(dist, base);
	const pages = siteFiles(dist).filter((file) => file.endsWith('.html'));
	for (const page of pages) links.add(page, new HtmlEdit(readFileSync(join(dist, page), 'utf8')).elements);
	return { broken: links.broken().map(describeBrokenLink), pages: pages.length };
}
