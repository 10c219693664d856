import { launchBrowser } from '../browser.ts';
import { lessonReach } from '../lessonReach.ts';
import { siteFiles } from '../siteFiles.ts';
import { serveStatic } from '../staticServer.ts';
import { SEARCH_BYTES_TARGET, searchTransfer } from './searchTransfer.ts';
import type { Check } from './scaleSection.ts';
import { kb } from './table.ts';

/** Pages a teacher might start from, of every kind, in three locales. */
const START_PAGES = [
	'en/',
	'en/glossary/',
	'en/lessons/',
	'en/lessons/11-13/real-or-fake/',
	'nl/teachers/',
	'ar/help/',
];
const SEARCH_PAGE = 'en/lessons/14-16/nudify-apps-harm-law-help/';

/**
 * What readers get from the largest site the bench builds (10,000 pages): the bytes Pagefind
 * fetches for a first search, and whether a teacher reaches every lesson of a locale in two clicks
 * from pages of every kind (the sidebar's age band, then the lesson), with a sidebar that does not
 * list lessons.
 */
export async function largestSiteChecks(
	dist: string,
	label: string,
	query: string,
	check: (entry: Check) => void,
) {
	const browser = await launchBrowser();
	const server = await serveStatic(dist, '/', { gzip: true });
	try {
		const search = await searchTransfer(browser, new URL(SEARCH_PAGE, server.url).href, query);
		const largest = [...search.requests].sort((a, b) => b.bytes - a.bytes).slice(0, 3);
		check({
			measure: `Scale ${label}: Pagefind bytes for a first search ("${query}")`,
			value: `${kb(search.bytes)} in ${search.requests.length} requests, ${search.results} results`,
			target: `≤ ${kb(SEARCH_BYTES_TARGET)}`,
			pass: search.bytes <= SEARCH_BYTES_TARGET && search.results > 0,
			reason: `largest: ${largest.map((r) => `${r.path.split('/').pop()} ${kb(r.bytes)}`).join(', ')}`,
		});
	} finally {
		await browser.close();
		await server.close();
	}
	const files = siteFiles(dist);
	const lessonsPerLocale = files.filter((file) =>
		/^en\/lessons\/[^/]+\/[^/]+\/index\.html$/.test(file),
	).length;
	const reach = START_PAGES.map((start) => ({ start, ...lessonReach(dist, start, '/', files) }));
	const missed = reach.filter((entry) => entry.unreachable.length > 0 || entry.sidebarLessonLinks > 0);
	check({
		measure: `Scale ${label}: every lesson two clicks from any page (${lessonsPerLocale} lessons per locale)`,
		value: missed.length
			? missed.map((entry) => `${entry.start}: ${entry.unreachable.length} unreachable`).join('; ')
			: `all from ${reach.length} pages; the sidebar has ${reach[0]!.sidebarLinks} links and none to a lesson`,
		target: 'two clicks',
		pass: missed.length === 0,
		reason: missed
			.map((entry) => `${entry.start}: e.g. ${entry.unreachable[0] ?? 'lessons in the sidebar'}`)
			.join('; '),
	});
}
