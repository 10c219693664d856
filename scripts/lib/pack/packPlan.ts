import type { KitConfig } from '../../../src/schemas/kitConfigSchema.ts';
import type { BuiltSite } from './siteUrls.ts';

/** Where `npm run pack` puts the zips, inside the built site, so the site can link them. */
export const DOWNLOADS_DIR = 'downloads';

/** One zip to make. */
export interface PackSpec {
	/** The zip's path in the downloads folder: `no-to-nudify-lesson-kit-en.zip`, `kolibri/en/…zip`. */
	file: string;
	/**
	 * `site`: pages of one or every locale, with search and a start page;
	 * `kolibri`: one lesson's student view as `index.html`, with its locale's help pages and glossary.
	 */
	kind: 'site' | 'kolibri';
	/** The locales whose pages it holds; one locale, or every one. */
	locales: string[];
	/** Its pages: their file in the built site → their path in the zip. */
	pages: Map<string, string>;
}

/** A name for files from the kit's name: "No to Nudify lesson kit" → "no-to-nudify-lesson-kit". */
export function slug(name: string): string {
	return (
		name
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'lesson-kit'
	);
}

const pagesOf = (site: BuiltSite, locale: string) =>
	[...site.files].filter((file) => file.startsWith(`${locale}/`) && file.endsWith('.html')).sort();

/**
 * One pack per locale and one with every locale. Each holds the locale's pages where they are in
 * the built site, and the site's language choice as `index.html` at the top (in a one-locale
 * pack it offers that language only). Other files (styles, scripts, images, quiz downloads)
 * follow from what the pages use.
 */
export function sitePacks(site: BuiltSite, kit: KitConfig, only?: string[]): PackSpec[] {
	const name = slug(kit.name);
	const codes = kit.locales.map((locale) => locale.code);
	const pack = (locales: string[], suffix: string): PackSpec => ({
		file: `${name}-${suffix}.zip`,
		kind: 'site',
		locales,
		pages: new Map([
			...(site.files.has('index.html') ? ([['index.html', 'index.html']] as const) : []),
			...locales.flatMap((locale) => pagesOf(site, locale).map((file) => [file, file] as const)),
		]),
	});
	const wanted = only ?? [...codes, 'all'];
	return [
		...codes.filter((code) => wanted.includes(code)).map((code) => pack([code], code)),
		...(wanted.includes('all') ? [pack(codes, 'all-languages')] : []),
	];
}

/** A lesson's student view: `en/lessons/11-13/real-or-fake/student/index.html`. */
const STUDENT_VIEW = /^([^/]+)\/lessons\/([^/]+)\/([^/]+)\/student\/index\.html$/;

/** What a Kolibri app carries beside the lesson: the help pages (get help fast) and the glossary its words link to. */
const KOLIBRI_EXTRAS = ['help', 'glossary'];

/**
 * One Kolibri HTML5 app per lesson and locale: a zip with the lesson's student view as
 * `index.html` at its top, its locale's help pages and glossary beside it, relative links only.
 * @see https://kolibri.readthedocs.io/en/latest/manage/resources.html
 */
export function kolibriPacks(site: BuiltSite, kit: KitConfig, only?: string[]): PackSpec[] {
	const codes = kit.locales.map((locale) => locale.code).filter((code) => !only || only.includes(code));
	return [...site.files]
		.map((file) => STUDENT_VIEW.exec(file))
		.filter((match): match is RegExpExecArray => match !== null && codes.includes(match[1]!))
		.sort((a, b) => a[0].localeCompare(b[0]))
		.map(([file, locale, band, lesson]) => ({
			file: `kolibri/${locale}/${band}-${lesson}.zip`,
			kind: 'kolibri' as const,
			locales: [locale!],
			pages: new Map([
				[file, 'index.html'],
				...pagesOf(site, locale!)
					.filter((page) => KOLIBRI_EXTRAS.some((folder) => page.startsWith(`${locale}/${folder}/`)))
					.map((page) => [page, page] as const),
			]),
		}));
}
