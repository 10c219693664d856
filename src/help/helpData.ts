import type { CountryPackFiles } from '~/countries/checkCountryPacks';
import { helpWords } from '~/countries/countryPacks';
import { projectPacks } from '~/countries/lawDefaults';
import { staleEntries } from '~/countries/staleEntries';
import { HELP_KINDS, type PackHelp } from '~/schemas/countryPackSchema';

/** A service with its words in the reader's locale (or the source locale's, marked as such). */
export interface LocalService {
	service: PackHelp;
	words: ReturnType<typeof helpWords>;
}

/** Every country's pack with help in it, and the international pack, from `countries/`. */
export function helpData() {
	const packs = projectPacks();
	warnIfStale(packs);
	return {
		countries: packs.filter((pack) => pack.folder !== 'international' && pack.facts.help.length > 0),
		international: packs.find((pack) => pack.folder === 'international')!,
	};
}

/** A pack's services in the reader's locale, grouped by kind in the order of HELP_KINDS. */
export function byKind(pack: CountryPackFiles, locale: string, sourceLocale: string) {
	return HELP_KINDS.map((kind) => ({
		kind,
		services: pack.facts.help
			.filter((service) => service.kind === kind)
			.map((service): LocalService => ({ service, words: helpWords(pack, service, locale, sourceLocale) })),
	})).filter((group) => group.services.length > 0);
}

let warned = false;
/** Warns once per build about entries nobody has checked for a year. */
function warnIfStale(packs: CountryPackFiles[]) {
	if (warned) return;
	warned = true;
	for (const warning of staleEntries(packs)) console.warn(`[countries] ${warning}`);
}

export { telHref } from './telHref.ts';
