import {
	LAW_TOPICS,
	SOURCE_TYPES,
	type CountryPackFacts,
	type PackSource,
	type PackWords,
} from '../schemas/countryPackSchema.ts';

/** A pack as read from its folder: its facts and its words per locale. */
export interface CountryPackFiles {
	/** The folder name: `nl`, `eu`, `international`. */
	folder: string;
	facts: CountryPackFacts;
	words: Record<string, PackWords>;
}

/** Source types that can stand on their own; `other` is only ever an extra. */
const TRUSTED = new Set<string>(SOURCE_TYPES.filter((type) => type !== 'other'));
/** Law statements need more: the law itself, or a government or police page. */
const PRIMARY = new Set<string>(['legislation', 'government']);

/**
 * The checks that need more than one file or field: the folder names the country, every entry has
 * its words in the source locale and a source a reader can trust in the country's language, every
 * law topic is covered or listed as a gap, and translations record what they translate. Each
 * problem names the file and the field, and says what to do.
 */
export function checkCountryPacks(
	packs: CountryPackFiles[],
	locales: string[],
	sourceLocale: string,
): string[] {
	const problems: string[] = [];
	const folders = new Set(packs.map((pack) => pack.folder));
	for (const { folder, facts, words } of packs) {
		const file = `countries/${folder}/pack.json`;
		const expected = facts.country === 'international' ? 'international' : facts.country.toLowerCase();
		if (folder !== expected)
			problems.push(
				`${file}: "country" is "${facts.country}", but the folder is "${folder}". Name the folder countries/${expected}/, or fix "country".`,
			);
		for (const other of facts.memberOf ?? [])
			if (!folders.has(other.toLowerCase()))
				problems.push(
					`${file}: memberOf: there is no pack "${other}". Add countries/${other.toLowerCase()}/ or remove it.`,
				);

		const languages = facts.country === 'international' ? ['en'] : facts.languages;
		const trusted = (sources: PackSource[]) =>
			sources.some((source) => TRUSTED.has(source.type) && languages.includes(source.lang.split('-')[0]!));
		const sourceRule = `needs at least one source of type own, directory, government or legislation in ${languages.join(' or ')} (a news item, archive, document site or a page in another language may only be an extra)`;
		if (facts.emergency && !trusted(facts.emergency.sources))
			problems.push(`${file}: emergency.sources: ${sourceRule}.`);
		facts.help.forEach((service, index) => {
			if (!trusted(service.sources))
				problems.push(`${file}: help.${index}.sources ("${service.id}") ${sourceRule}.`);
		});
		// The law rests on a primary source: the legislation itself, or a government or police page.
		const primary = (sources: PackSource[]) =>
			sources.some((source) => PRIMARY.has(source.type) && languages.includes(source.lang.split('-')[0]!));
		facts.law.forEach((statement, index) => {
			if (!primary(statement.sources))
				problems.push(
					`${file}: law.${index}.sources ("${statement.id}") needs a primary source: the legislation itself or a government or police page (type legislation or government) in ${languages.join(' or ')}.`,
				);
			if (statement.region && !facts.regions?.includes(statement.region))
				problems.push(
					`${file}: law.${index}.region: "${statement.region}" is not in "regions" (${(facts.regions ?? []).join(', ') || 'none'}).`,
				);
		});
		for (const [kind, ids] of [
			['help', facts.help.map((entry) => entry.id)],
			['law', facts.law.map((entry) => entry.id)],
		] as const) {
			const seen = new Set<string>();
			for (const id of ids) {
				if (seen.has(id))
					problems.push(`${file}: ${kind}: the id "${id}" is used twice. Give each entry its own id.`);
				seen.add(id);
			}
		}
		if (facts.country !== 'international' && facts.country !== 'EU') {
			const covered = new Set([
				...facts.law.map((entry) => entry.topic),
				...(facts.lawGaps ?? []).map((gap) => gap.topic),
			]);
			for (const topic of LAW_TOPICS)
				if (!covered.has(topic))
					problems.push(
						`${file}: law: nothing on "${topic}". Add a sourced statement, or list the topic in "lawGaps" with a note on what could not be confirmed.`,
					);
		}
		problems.push(...checkWords(folder, facts, words, locales, sourceLocale));
	}
	return problems;
}

function checkWords(
	folder: string,
	facts: CountryPackFacts,
	words: Record<string, PackWords>,
	locales: string[],
	sourceLocale: string,
) {
	const problems: string[] = [];
	const source = words[sourceLocale];
	const sourceFile = `countries/${folder}/${sourceLocale}.json`;
	if (!source)
		return [`${sourceFile} is missing: every pack has its words in the source locale (countries/README.md).`];
	for (const service of facts.help)
		if (!source.help[service.id])
			problems.push(`${sourceFile}: help.${service.id}: write the summary of "${service.name}".`);
	for (const statement of facts.law)
		if (!source.law[statement.id]) problems.push(`${sourceFile}: law.${statement.id}: write the statement.`);
	for (const region of facts.regions ?? [])
		if (!source.regions?.[region])
			problems.push(`${sourceFile}: regions.${region}: write the region's name.`);
	for (const [locale, translated] of Object.entries(words)) {
		const file = `countries/${folder}/${locale}.json`;
		if (!locales.includes(locale)) {
			problems.push(
				`${file}: "${locale}" is not a locale in kit.config.json → "locales". Rename or remove the file.`,
			);
			continue;
		}
		if (locale === sourceLocale) continue;
		if (!translated.translation)
			problems.push(
				`${file}: translation: record which version of ${sourceLocale}.json this translates: run \`npm run i18n:stamp -- ${locale}\`.`,
			);
		for (const key of Object.keys(translated.help))
			if (!source.help[key])
				problems.push(`${file}: help.${key}: not in ${sourceLocale}.json. Remove it, or add it there first.`);
		for (const key of Object.keys(translated.law))
			if (!source.law[key])
				problems.push(`${file}: law.${key}: not in ${sourceLocale}.json. Remove it, or add it there first.`);
	}
	return problems;
}
