import type { KitConfig } from '../schemas/kitConfigSchema.ts';
import type { KitStringKey, KitTranslations } from '../i18n/kitTranslations.ts';

/**
 * Starlight's `locales` option, built from the one locale list in `kit.config.json`.
 * Every locale, the source one included, gets its own URL prefix (`/en/`, `/ar/`, …).
 */
export function starlightLocales(kit: KitConfig) {
	return Object.fromEntries(kit.locales.map(({ code, label, lang, dir }) => [code, { label, lang, dir }]));
}

/**
 * A sidebar label in every locale, for config options that Starlight cannot look up itself,
 * from the kit's UI strings through Starlight's own i18next.
 */
function labelOf(
	kit: KitConfig,
	translations: KitTranslations,
	key: KitStringKey,
	values: Record<string, string> = {},
) {
	const translated = Object.fromEntries(
		kit.locales.map(({ lang }) => [lang, translations.of(lang)(key, values)]),
	);
	const source = kit.locales.find(({ code }) => code === kit.defaultLocale)!.lang;
	return { label: translations.of(source)(key, values), translations: translated };
}

/** Top-level pages listed first in the sidebar, with the UI string that labels each. */
const SIDEBAR_PAGES = [
	['help', 'kit.sidebar.help'],
	['young-people', 'kit.sidebar.youngPeople'],
	['teachers', 'kit.sidebar.teachers'],
	['parents', 'kit.sidebar.parents'],
	['organisations', 'kit.sidebar.organisations'],
	['glossary', 'kit.sidebar.glossary'],
] as const;

/** What the sidebar is made from: the folders that exist in the source locale. */
export interface SidebarContent {
	/** Top-level pages and folders of the source locale. */
	pages: readonly string[];
	/** Audience folders with guides besides their index page: they become groups. */
	sections?: readonly string[];
	/** Age band folders that have lessons. */
	bands: readonly string[];
}

/**
 * The sidebar: the help page, one page per audience and the glossary (those that exist, so a fork
 * may drop one; a folder with guides in it becomes a group), then the lessons: the catalogue and
 * one link per age band that has lessons, leading to that band's page. The lessons themselves are
 * listed on the band pages, not here, so the sidebar (in every page of the site) stays the same
 * size however many lessons a fork adds, and any lesson is two clicks from any page. Labels come
 * from the UI strings, so they are translated like the rest.
 */
export function starlightSidebar(kit: KitConfig, content: SidebarContent, translations: KitTranslations) {
	return [
		...SIDEBAR_PAGES.filter(([slug]) => content.pages.includes(slug)).map(([slug, key]) =>
			content.sections?.includes(slug)
				? {
						...labelOf(kit, translations, key),
						collapsed: true,
						items: [{ autogenerate: { directory: slug } }],
					}
				: { slug, ...labelOf(kit, translations, key) },
		),
		{
			...labelOf(kit, translations, 'kit.sidebar.lessons'),
			items: [
				{ link: '/lessons/', ...labelOf(kit, translations, 'kit.sidebar.allLessons') },
				...kit.ageBands
					.filter((band) => content.bands.includes(band))
					.map((band) => {
						const [from, to] = band.split('-') as [string, string];
						// Starlight puts the locale before a link that starts with "/", and the base before that.
						return {
							link: `/lessons/${band}/`,
							...labelOf(kit, translations, 'kit.band.label', { from, to }),
						};
					}),
			],
		},
	];
}
