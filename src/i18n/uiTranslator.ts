import { readUiStrings } from '../config/uiStrings.ts';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * UI strings for code that runs while Markdown is compiled, before Starlight's `t()` exists.
 * Follows the same rules as Starlight's i18next setup: `{{name}}` placeholders, plural keys with
 * `_one`, `_other`, … chosen by `Intl.PluralRules`, and the default locale for missing keys.
 */
export function uiTranslator(locale: string, defaultLocale: string): Translate {
	const sources = [
		{ locale, strings: readUiStrings(locale) },
		{ locale: defaultLocale, strings: readUiStrings(defaultLocale) },
	];
	return (key, values = {}) => {
		for (const { locale: lng, strings } of sources) {
			const found = lookup(strings, key, lng, values.count);
			if (found !== undefined) return interpolate(found, values);
		}
		throw new Error(
			`UI string "${key}" is missing from src/content/i18n/${defaultLocale}.json. Add it there.`,
		);
	};
}

/** Every plural form of a key in one locale, for code in the browser that picks one itself. */
export function pluralForms(locale: string, defaultLocale: string, key: string): Record<string, string> {
	for (const lng of [locale, defaultLocale]) {
		const strings = readUiStrings(lng);
		const forms = Object.entries(strings).filter(([name]) => name.startsWith(`${key}_`));
		if (forms.length > 0)
			return Object.fromEntries(forms.map(([name, value]) => [name.slice(key.length + 1), value]));
	}
	throw new Error(
		`UI string "${key}_other" is missing from src/content/i18n/${defaultLocale}.json. Add it there.`,
	);
}

function lookup(strings: Record<string, string>, key: string, locale: string, count?: string | number) {
	if (count !== undefined) {
		const category = new Intl.PluralRules(locale).select(Number(count));
		return strings[`${key}_${category}`] ?? strings[`${key}_other`];
	}
	return strings[key];
}

function interpolate(template: string, values: Record<string, string | number>) {
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) =>
		name in values ? String(values[name]) : match,
	);
}
