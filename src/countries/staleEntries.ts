import type { CountryPackFiles } from './checkCountryPacks.ts';

/** Sources older than this make the build warn: numbers and laws change. */
export const STALE_AFTER_DAYS = 365;

/** The build's warnings for entries whose sources nobody has checked for a year. */
export function staleEntries(packs: CountryPackFiles[], now = Date.now()): string[] {
	const limit = now - STALE_AFTER_DAYS * 24 * 60 * 60 * 1000;
	return packs.flatMap(({ folder, facts }) =>
		[...facts.help, ...facts.law].flatMap((entry) => {
			const last = Math.max(...entry.sources.map((source) => new Date(source.checked.on).getTime()));
			if (last >= limit) return [];
			const day = new Date(last).toISOString().slice(0, 10);
			return [
				`countries/${folder}/pack.json: "${entry.id}" was last checked on ${day}, more than ${STALE_AFTER_DAYS} days ago. Check it against its sources and update "checked".`,
			];
		}),
	);
}
