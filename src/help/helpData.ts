import type { CountryPackFiles } from '~/countries/checkCountryPacks';
import { helpWords } from '~/countries/countryPacks';
import { projectPacks } from '~/countries/lawDefaults';
import { HELP_KINDS, type PackHelp } from '~/schemas/countryPackSchema';

/** Sources older than this make the build warn: numbers change. */
const STALE_AFTER_DAYS = 365;

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
/** The build's warning for sources nobody has checked for a year. */
function warnIfStale(packs: CountryPackFiles[]) {
	if (warned) return;
	warned = true;
	const limit = Date.now() - STALE_AFTER_DAYS * 24 * 60 * 60 * 1000;
	for (const { folder, facts } of packs) {
		for (const entry of [...facts.help, ...facts.law]) {
			const last = Math.max(...entry.sources.map((source) => new Date(source.checked.on).getTime()));
			if (last < limit)
				console.warn(
					`[countries] countries/${folder}/pack.json: "${entry.id}" was last checked on ${new Date(last).toISOString().slice(0, 10)}, more than ${STALE_AFTER_DAYS} days ago. Check it against its sources and update "checked".`,
				);
		}
	}
}

export { telHref } from './telHref.ts';
