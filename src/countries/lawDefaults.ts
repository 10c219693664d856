import { join } from 'node:path';
import { kit } from '../config/kit.ts';
import { countryPacks, defaultPacksOf } from './countryPacks.ts';

/** The project's country packs, as pages read them during the build. */
export function projectPacks() {
	return countryPacks(
		join(process.cwd()),
		kit.locales.map(({ code }) => code),
		kit.defaultLocale,
	);
}

/** The packs a locale's readers see by default: its first help country's (and the EU's), else international. */
export function defaultLawFor(locale: string): string[] {
	const packs = projectPacks();
	const helpCountries = kit.locales.find(({ code }) => code === locale)?.helpCountries ?? [];
	return defaultPacksOf([helpCountries], packs);
}
