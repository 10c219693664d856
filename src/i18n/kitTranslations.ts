import type { StarlightPlugin } from '@astrojs/starlight/types';
import type sourceStrings from '../content/i18n/en.json';
import { StringMemory } from './stringMemory.ts';

type SourceKey = keyof typeof sourceStrings;
/** `kit.lesson.minutes` for `kit.lesson.minutes_one`/`_other`: i18next picks the form from `count`. */
type PluralKey<K> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`
	? Base
	: never;

/** The kit's UI string keys, typed from the source locale's file (plural keys without their form). */
export type KitStringKey = SourceKey | PluralKey<SourceKey>;

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every key of a UI strings file, and each plural key's base (`kit.lesson.minutes`). */
export function kitStringKeys(keys: string[]): string[] {
	return [
		...new Set([...keys, ...keys.filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, ''))]),
	];
}

/** A translate function as code outside Astro components uses it: a key and `{{name}}` values. */
export type Translate = (key: KitStringKey, values?: Record<string, string | number>) => string;

/** Starlight's i18next as it hands it to plugins in `config:setup`. */
export type UseTranslations = Parameters<
	NonNullable<StarlightPlugin['hooks']['config:setup']>
>[0]['useTranslations'];

/**
 * The kit's one path to UI strings outside components: Starlight's own i18next, which it hands to
 * plugins in `config:setup` (src/config/kitStarlightPlugin.ts). Markdown plugins are created before
 * that hook runs, so they hold this and ask it for a language when a file compiles.
 */
export function kitTranslations() {
	let useTranslations: UseTranslations | undefined;
	/** Every lesson asks for the same labels: each is looked up once (src/i18n/stringMemory.ts). */
	const plainStrings = new StringMemory();
	const useTranslationsOrThrow = () => {
		if (!useTranslations) {
			throw new Error(
				'UI strings are not ready: add kitStarlightPlugin() to the Starlight plugins in astro.config.mjs.',
			);
		}
		return useTranslations;
	};
	return {
		/** Called by the kit's Starlight plugin with Starlight's `useTranslations`. */
		use(fn: UseTranslations) {
			useTranslations = fn;
		},
		/** UI strings in one language (a BCP 47 tag such as `nl` or `pt-BR`). */
		of(lang: string): Translate {
			const t = useTranslationsOrThrow()(lang);
			// Markdown escapes text when it writes HTML, so values must not be escaped twice.
			return (key, values) =>
				plainStrings.recall(lang, key, values, () =>
					t(key, { ...values, interpolation: { escapeValue: false } }),
				);
		},
		/**
		 * Every plural form of a key (`key_one`, `key_other`, …) in one language, or in the source
		 * language if it has none, for a browser script that picks one itself.
		 */
		pluralForms(lang: string, key: KitStringKey, sourceLang: string): Record<string, string> {
			for (const language of [lang, sourceLang]) {
				const strings = Object.entries(useTranslationsOrThrow()(language).all() as Record<string, string>);
				const forms = strings.filter(([name]) => name.startsWith(`${key}_`));
				if (forms.length > 0)
					return Object.fromEntries(forms.map(([name, value]) => [name.slice(key.length + 1), value]));
			}
			throw new Error(
				`UI string "${key}_other" is missing from the source locale's UI strings. Add it there.`,
			);
		},
	};
}

export type KitTranslations = ReturnType<typeof kitTranslations>;
