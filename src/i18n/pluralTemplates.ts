import { getEntry } from 'astro:content';
import { kit } from '~/config/kit';

/**
 * Every plural form of a UI string as data attributes (`data-count-one`, `data-count-other`, …),
 * with `{{count}}` left in, for a script that picks the form with `Intl.PluralRules` itself.
 * Forms come from the locale's UI strings, or from the default locale's if it has none.
 */
export async function pluralTemplates(
	key: string,
	locale: string,
	prefix: string,
): Promise<Record<string, string>> {
	for (const lng of [locale, kit.defaultLocale]) {
		const strings = ((await getEntry('i18n', lng))?.data ?? {}) as Record<string, unknown>;
		const forms = Object.entries(strings).filter(([name]) => name.startsWith(`${key}_`));
		if (forms.length > 0) {
			return Object.fromEntries(
				forms.map(([name, value]) => [`${prefix}-${name.slice(key.length + 1)}`, String(value)]),
			);
		}
	}
	throw new Error(
		`UI string "${key}_other" is missing from src/content/i18n/${kit.defaultLocale}.json. Add it there.`,
	);
}
