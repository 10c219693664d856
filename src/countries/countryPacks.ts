import { join } from 'node:path';
import type { PackHelp, PackLaw, PackSource, PackWords } from '../schemas/countryPackSchema.ts';
import type { CountryPackFiles } from './checkCountryPacks.ts';
import { readCountryPacks } from './readCountryPacks.ts';

/** A country pack's words in one locale, with what language they are really in. */
export interface LocalWords {
	words: PackWords;
	/** The locale the words are in: the one asked for, or the source locale where it has none. */
	locale: string;
	/** Shown as machine-assisted until a native speaker has reviewed them. */
	machineAssisted: boolean;
}

const cache = new Map<string, CountryPackFiles[]>();

/** Every country pack under `<root>/countries/`, read and checked once per build. */
export function countryPacks(root: string, locales: string[], sourceLocale: string): CountryPackFiles[] {
	if (!cache.has(root)) cache.set(root, readCountryPacks(join(root, 'countries'), locales, sourceLocale));
	return cache.get(root)!;
}

/** The words of a pack in `locale`, or in the source locale where that locale has none. */
export function wordsIn(pack: CountryPackFiles, locale: string, sourceLocale: string): LocalWords {
	const own = pack.words[locale];
	if (own && locale !== sourceLocale)
		return { words: own, locale, machineAssisted: own.translation?.status !== 'reviewed' };
	return { words: pack.words[sourceLocale]!, locale: sourceLocale, machineAssisted: false };
}

/**
 * One entry's words (`law` or `help`) in the reader's locale, else the source locale's, with the
 * language they are really in, so a page can mark words that fall back.
 */
function entryWords<K extends 'law' | 'help'>(
	pack: CountryPackFiles,
	kind: K,
	id: string,
	locale: string,
	sourceLocale: string,
) {
	const local = wordsIn(pack, locale, sourceLocale);
	const own = local.words[kind][id] as PackWords[K][string] | undefined;
	if (own) return { words: own, locale: local.locale, machineAssisted: local.machineAssisted };
	return {
		words: pack.words[sourceLocale]![kind][id] as PackWords[K][string],
		locale: sourceLocale,
		machineAssisted: false,
	};
}

export function lawWords(pack: CountryPackFiles, statement: PackLaw, locale: string, sourceLocale: string) {
	const { words, ...where } = entryWords(pack, 'law', statement.id, locale, sourceLocale);
	return { text: words, ...where };
}

export function helpWords(pack: CountryPackFiles, service: PackHelp, locale: string, sourceLocale: string) {
	const { words, ...where } = entryWords(pack, 'help', service.id, locale, sourceLocale);
	return { ...words, ...where };
}

/**
 * The region a statement applies in, to put before it, in the reader's words; none when the
 * statement names its region itself ("In Scotland, …").
 */
export function regionPrefix(
	pack: CountryPackFiles,
	statement: PackLaw,
	text: string,
	locale: string,
	sourceLocale: string,
) {
	if (!statement.region) return undefined;
	const region = wordsIn(pack, locale, sourceLocale).words.regions?.[statement.region];
	return region && !text.includes(region) ? region : undefined;
}

/** The source a reader should see first: a trusted one (the service's own, a directory, a government or the law). */
export function primarySource(sources: PackSource[]): PackSource {
	return sources.find((source) => source.type !== 'other') ?? sources[0]!;
}

/** The pack a locale's readers see first: its first help country's, else the international one. */
export function defaultPackOf(helpCountries: readonly string[], packs: CountryPackFiles[]): string {
	const folders = new Set(packs.map((pack) => pack.folder));
	return helpCountries.map((code) => code.toLowerCase()).find((code) => folders.has(code)) ?? 'international';
}

/** The packs whose law also applies in a pack's country (the EU for its members), in order. */
export function packsInForce(folder: string, packs: CountryPackFiles[]): string[] {
	const pack = packs.find((entry) => entry.folder === folder);
	return [folder, ...(pack?.facts.memberOf ?? []).map((code) => code.toLowerCase())];
}

/**
 * The packs a law card must carry to show readers in several locales their default law (an
 * English page is also shown under /fr/ and /ar/ until it is translated): each locale's packs in
 * force, each once, the law countries share (the EU's) after the countries' own, as cards show it.
 * Every other pack stays out of the page and is loaded only when a reader picks it.
 */
export function defaultPacksOf(
	helpCountriesOfLocales: (readonly string[])[],
	packs: CountryPackFiles[],
): string[] {
	const shown = [
		...new Set(
			helpCountriesOfLocales.flatMap((countries) => packsInForce(defaultPackOf(countries, packs), packs)),
		),
	];
	const shared = new Set(
		packs.flatMap((pack) => pack.facts.memberOf ?? []).map((code) => code.toLowerCase()),
	);
	return [...shown.filter((folder) => !shared.has(folder)), ...shown.filter((folder) => shared.has(folder))];
}
