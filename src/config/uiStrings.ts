import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** UI strings live in Starlight's fixed place: `src/content/i18n/<locale>.json`. */
export const UI_STRINGS_DIR = new URL('../content/i18n/', import.meta.url);

export type UiStrings = Record<string, string>;

/** The UI strings of one locale, or an empty set if the locale has no file yet. */
export function readUiStrings(locale: string): UiStrings {
	const file = new URL(`${locale}.json`, UI_STRINGS_DIR);
	if (!existsSync(file)) return {};
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as UiStrings;
	} catch (error) {
		throw new Error(`${fileURLToPath(file)}: not valid JSON (${(error as Error).message}).`);
	}
}
