import type { PackLayout } from './packUrls.ts';
import { rewritePage, type PackTools, type RewrittenPage } from './rewritePage.ts';
import type { PackSpec } from './packPlan.ts';

interface Entry {
	/** The pages whose place in the pack the rewrite asked about, and what it was told. */
	asked: Map<string, string | undefined>;
	page: RewrittenPage;
}

/**
 * Rewritten pages, kept for the next pack that places the page alike: a page comes out the same
 * when it sits at the same path and every page it links to has the same place (or none) in both
 * packs. The Kolibri apps of a locale share their help pages this way, so each is rewritten once.
 */
export class PageCache {
	private readonly entries = new Map<string, Entry[]>();

	rewrite(file: string, packPath: string, spec: PackSpec, tools: PackTools): RewrittenPage {
		const key = `${spec.kind}\n${file}\n${packPath}`;
		const known = this.entries.get(key) ?? [];
		const hit = known.find((entry) =>
			[...entry.asked].every(([page, place]) => spec.pages.get(page) === place),
		);
		if (hit) return hit.page;
		const asked = new Map<string, string | undefined>();
		const layout: PackLayout = {
			site: tools.site,
			pageAt: (page) => {
				const place = spec.pages.get(page);
				asked.set(page, place);
				return place;
			},
		};
		const page = rewritePage(file, packPath, spec.kind, layout, tools);
		this.entries.set(key, [...known, { asked, page }]);
		return page;
	}
}
