import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { SearchIndex } from '../../../src/offline/searchEngine.ts';
import type { KitConfig } from '../../../src/schemas/kitConfigSchema.ts';
import { OFFLINE_DIR } from './scriptBundles.ts';
import { indexPage, indexScript } from './searchIndex.ts';
import type { BuiltSite } from './siteUrls.ts';

export interface LocaleSearch {
	/** The index script's path in the pack, and its text. */
	file: string;
	script: string;
	/** Filter values its pages have, in the order of kit.config.json, for the search form. */
	filters: { band: string[]; topic: string[] };
}

/**
 * The offline search index of one locale: every page of the locale that Pagefind indexes online,
 * made once and shared by the locale's pack and the pack with every locale (pages sit at the same
 * paths in both).
 */
export class LocaleSearches {
	private readonly made = new Map<string, LocaleSearch>();
	private readonly site: BuiltSite;
	private readonly kit: KitConfig;

	constructor(site: BuiltSite, kit: KitConfig) {
		this.site = site;
		this.kit = kit;
	}

	of(locale: string): LocaleSearch {
		let search = this.made.get(locale);
		if (!search) {
			search = this.make(locale);
			this.made.set(locale, search);
		}
		return search;
	}

	private make(locale: string): LocaleSearch {
		const pages = [...this.site.files]
			.filter((file) => file.startsWith(`${locale}/`) && file.endsWith('.html'))
			.sort()
			.flatMap((file) => indexPage(fromHtml(readFileSync(join(this.site.dist, file), 'utf8')), file) ?? []);
		const index: SearchIndex = { base: this.site.base, pages };
		const present = (name: string, values: string[]) =>
			values.filter((value) => pages.some((page) => page.f[name]?.includes(value)));
		return {
			file: `${OFFLINE_DIR}/search-${locale}.js`,
			script: indexScript(locale, index),
			filters: { band: present('band', this.kit.ageBands), topic: present('topic', this.kit.topics) },
		};
	}
}
