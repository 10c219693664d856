import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { countryPacks, defaultPacksOf } from '../../countries/countryPacks.ts';
import { renderLawCard } from '../../countries/renderLawCard.ts';
import { ALL_LAW_TOPICS } from '../../schemas/countryPackSchema.ts';
import { lineOf, problemsOf } from '../problems.ts';
import type { KitMarkdownSetup } from '../setup.ts';

/**
 * `::law-card{topics="…"}`: the law of the reader's country from the country packs, never one
 * country's law written into a page. `country="US"` pins a card to one pack, for comparisons.
 * A file is compiled once for every page that shows it: a translation for its own locale's pages,
 * a file in the source locale also for the pages of every locale that has no translation of it
 * (Starlight's fallback). So the card carries the default law of each of those locales, and each
 * page keeps its own (src/html/contentLinks.ts).
 * @see ../../../countries/README.md
 */
export function lawCard(setup: KitMarkdownSetup) {
	return ({ fileURL }: PluginFactoryContext): MdastPluginDefinition | undefined => {
		const { locale, defaultLocale, contentDir, t } = setup.fileInfo(fileURL);
		if (!contentDir) return undefined;
		const root = fileURLToPath(new URL('../', contentDir));
		return {
			name: 'kit-law-card',
			options: { position: true },
			leafDirective(node, ctx) {
				if (node.name !== 'law-card') return undefined;
				const packs = countryPacks(root, setup.options.locales, defaultLocale);
				const attributes = node.attributes ?? {};
				const topics = (attributes.topics ?? '').split(/\s+/).filter(Boolean);
				const pinned = attributes.country?.toLowerCase();
				const unknown = topics.filter((topic) => !(ALL_LAW_TOPICS as readonly string[]).includes(topic));
				const problems = problemsOf(ctx.data);
				if (topics.length === 0 || unknown.length > 0)
					problems.push({
						line: lineOf(node),
						message: `::law-card needs topics from: ${ALL_LAW_TOPICS.join(', ')}${unknown.length ? ` ("${unknown.join('", "')}" is not one)` : ''}, e.g. ::law-card{topics="child-images sharing"}.`,
					});
				if (pinned && !packs.some((pack) => pack.folder === pinned))
					problems.push({
						line: lineOf(node),
						message: `::law-card country="${attributes.country}": there is no pack countries/${pinned}/. Use one of: ${packs.map((pack) => pack.folder.toUpperCase()).join(', ')}.`,
					});
				if (problems.length > 0) return undefined;
				const lang = setup.options.langs?.[locale] ?? locale;
				const readers = locale === defaultLocale ? setup.options.locales : [locale];
				const helpCountries = setup.options.helpCountries ?? {};
				const shown = defaultPacksOf(
					readers.map((reader) => helpCountries[reader] ?? []),
					packs,
				);
				return renderLawCard(
					topics,
					{
						packs: packs.filter((pack) => pack.folder !== 'international' || !pinned),
						locale,
						lang,
						sourceLocale: defaultLocale,
						t,
					},
					{ pinned, shown },
				);
			},
		};
	};
}
