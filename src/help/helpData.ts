import { getCollection } from 'astro:content';
import { HELP_KINDS, type HelpCountry, type HelpService } from '~/schemas/helpSchema';

/** Entries not checked for longer than this make the build warn. */
const STALE_AFTER_DAYS = 365;

export interface CountryHelp extends HelpCountry {
	/** Lower-case file name, used in URLs: `nl` for help/nl.json. */
	code: string;
}

let cached: Promise<{ countries: CountryHelp[]; international: CountryHelp }> | undefined;

/** Every country's help data, and the international entries, checked once per build. */
export function helpData() {
	cached ??= load();
	return cached;
}

async function load() {
	const entries = await getCollection('help');
	const all = entries.map((entry) => ({ ...entry.data, code: entry.id }));
	for (const country of all) {
		const expected = country.country === 'international' ? 'international' : country.country.toLowerCase();
		if (country.code !== expected) {
			throw new Error(
				`help/${country.code}.json: "country" is "${country.country}", but the file name says "${country.code}". Name the file help/${expected}.json, or fix "country".`,
			);
		}
		warnIfStale(country);
	}
	const international = all.find((country) => country.country === 'international');
	if (!international)
		throw new Error(
			'help/international.json is missing. Add it: it lists help for every country (help/README.md).',
		);
	return { countries: all.filter((country) => country !== international), international };
}

/** The build's warning for entries that nobody has checked for a year: numbers change. */
function warnIfStale(country: CountryHelp) {
	const limit = Date.now() - STALE_AFTER_DAYS * 24 * 60 * 60 * 1000;
	const entries: { name: string; verified: string }[] = [
		...(country.emergency ? [{ name: 'emergency number', verified: country.emergency.verified }] : []),
		...country.services,
	];
	for (const entry of entries) {
		if (new Date(entry.verified).getTime() < limit) {
			console.warn(
				`[help] help/${country.code}.json: "${entry.name}" was last verified on ${entry.verified}, more than ${STALE_AFTER_DAYS} days ago. Check it against its sources and update "verified".`,
			);
		}
	}
}

/** Services grouped by kind, in the order of HELP_KINDS. */
export function byKind(services: HelpService[]) {
	return HELP_KINDS.map((kind) => ({
		kind,
		services: services.filter((service) => service.kind === kind),
	})).filter((group) => group.services.length > 0);
}

export { telHref } from './telHref.ts';
