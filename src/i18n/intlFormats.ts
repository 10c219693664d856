/**
 * Intl formatters by language, each made once per build: making one costs about 60 µs, using one
 * about 1 µs, and a build formats thousands of dates and country names (help services, law
 * cards and statements, sources).
 */
const made = new Map<string, Intl.DateTimeFormat | Intl.DisplayNames | Intl.Collator>();

function once<T extends Intl.DateTimeFormat | Intl.DisplayNames | Intl.Collator>(
	key: string,
	make: () => T,
): T {
	let formatter = made.get(key) as T | undefined;
	if (!formatter) made.set(key, (formatter = make()));
	return formatter;
}

/** A day (an ISO date or a Date) as "1 July 2024" (`long`) or "1 Jul 2024" (`medium`), read in UTC. */
export function formatDay(lang: string, day: string | Date, style: 'long' | 'medium' = 'long'): string {
	const format = once(
		`date ${style} ${lang}`,
		() => new Intl.DateTimeFormat(lang, { dateStyle: style, timeZone: 'UTC' }),
	);
	return format.format(typeof day === 'string' ? new Date(day) : day);
}

/** Names of countries and regions (`NL` → "Netherlands") or of languages (`nl` → "Dutch") in `lang`. */
export function displayNames(lang: string, type: 'region' | 'language'): Intl.DisplayNames {
	return once(`names ${type} ${lang}`, () => new Intl.DisplayNames([lang], { type }));
}

/** Sorting in `lang`'s alphabetical order. */
export function collatorFor(lang: string): Intl.Collator {
	return once(`collator ${lang}`, () => new Intl.Collator(lang));
}
