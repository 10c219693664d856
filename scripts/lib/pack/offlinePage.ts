import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { KitConfig } from '../../../src/schemas/kitConfigSchema.ts';
import { attr, find, hasAttr } from './hast.ts';
import { DOWNLOADS_DIR } from './packPlan.ts';
import type { BuiltSite } from './siteUrls.ts';

/** A zip `npm run pack` made, as `downloads/packs.json` records it. */
export interface PackRecord {
	/** Its path in the downloads folder. */
	file: string;
	kind: 'site' | 'kolibri';
	locales: string[];
	bytes: number;
	/** The lesson's title, for a Kolibri app. */
	title?: string;
}

export interface PackManifest {
	/** The day the packs were made, `2026-11-29`. */
	made: string;
	packs: PackRecord[];
}

/** "1.2 MB", "640 KB", in the page's language (1 KB = 1024 bytes, as file managers count). */
export function fileSize(bytes: number, lang: string): string {
	const mb = bytes >= 1024 * 1024;
	return new Intl.NumberFormat(lang, {
		style: 'unit',
		unit: mb ? 'megabyte' : 'kilobyte',
		maximumFractionDigits: mb ? 1 : 0,
	}).format(mb ? bytes / 1024 / 1024 : bytes / 1024);
}

/**
 * Writes the packs into each locale's "Use it offline" page of the built site, as a tree edit of
 * its `[data-kit-packs]` part (which, until packs exist, says how to make them, and holds the
 * words for the list in its data attributes): this locale's
 * pack first, then the one with every language, then the others, each with size and date; then
 * the Kolibri apps of this locale's lessons. Returns the number of pages changed.
 */
export function fillOfflinePages(site: BuiltSite, kit: KitConfig, manifest: PackManifest): number {
	let changed = 0;
	for (const { code, lang } of kit.locales) {
		const file = join(site.dist, code, 'offline', 'index.html');
		if (!existsSync(file)) continue;
		const tree = fromHtml(readFileSync(file, 'utf8'));
		const list = find(tree, (element) => hasAttr(element, 'dataKitPacks'));
		if (!list) continue;
		const words = (name: string) => attr(list, name) ?? '';
		list.children = packList(site, kit, manifest, code, lang, words);
		writeFileSync(file, toHtml(tree));
		changed++;
	}
	return changed;
}

function packList(
	site: BuiltSite,
	kit: KitConfig,
	manifest: PackManifest,
	code: string,
	lang: string,
	words: (name: string) => string,
): Element[] {
	const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(`${manifest.made}T00:00:00Z`),
	);
	const href = (pack: PackRecord) => `${site.base}${DOWNLOADS_DIR}/${pack.file}`;
	const details = (pack: PackRecord) =>
		` (${words('dataDetails').replace('{{size}}', fileSize(pack.bytes, lang)).replace('{{date}}', date)})`;
	const rank = (pack: PackRecord) =>
		pack.locales.length > 1
			? 1
			: pack.locales[0] === code
				? 0
				: 2 + kit.locales.findIndex((l) => l.code === pack.locales[0]);
	const sitePacks = manifest.packs.filter((pack) => pack.kind === 'site').sort((a, b) => rank(a) - rank(b));
	const apps = manifest.packs.filter((pack) => pack.kind === 'kolibri' && pack.locales[0] === code);
	const label = (pack: PackRecord) => {
		if (pack.locales.length > 1)
			return h('a', { href: href(pack), type: 'application/zip' }, words('dataAll'));
		const locale = kit.locales.find((l) => l.code === pack.locales[0])!;
		const own = locale.code === code;
		return h(
			'a',
			{
				href: href(pack),
				type: 'application/zip',
				...(own ? {} : { lang: locale.lang, hreflang: locale.lang, dir: locale.dir }),
			},
			locale.label,
		);
	};
	return [
		h(
			'ul',
			{ className: 'kit-packs' },
			sitePacks.map((pack) => h('li', [label(pack), details(pack)])),
		),
		...(apps.length === 0
			? []
			: [
					h('details', { className: 'kit-packs__kolibri' }, [
						h('summary', words('dataKolibri')),
						h('p', words('dataKolibriText')),
						h(
							'ul',
							apps.map((app) =>
								h('li', [
									h('a', { href: href(app), type: 'application/zip' }, app.title ?? app.file),
									` (${fileSize(app.bytes, lang)})`,
								]),
							),
						),
					]),
				]),
	];
}
