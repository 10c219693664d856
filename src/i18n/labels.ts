import sourceStrings from '../content/i18n/en.json';
import { kitStringKeys, type KitStringKey } from './kitTranslations.ts';

/** Starlight's translate function with the kit's typed keys. */
export type KitT = (key: KitStringKey, options?: Record<string, unknown>) => string;

const KEYS = new Set(kitStringKeys(Object.keys(sourceStrings)));

/** A key built from a configured id (`kit.topic.consent`), checked against the source UI strings. */
export function kitKey(key: string): KitStringKey {
	if (!isKitKey(key)) {
		throw new Error(
			`The UI string "${key}" is missing from src/content/i18n/en.json. Every configured id needs a label: add it there.`,
		);
	}
	return key;
}

function isKitKey(key: string): key is KitStringKey {
	return KEYS.has(key);
}

/**
 * UI strings for text inside the page content, in the content's language. On a fallback page
 * (an English page shown under /ar/) Starlight marks the content `lang="en"`, so labels inside it
 * must be English too, or screen readers read Arabic words with English rules.
 */
export function contentTranslator(locals: App.Locals): KitT {
	const lng = locals.starlightRoute.entryMeta.lang;
	return (key, options) => locals.t(key, { lng, ...options });
}

/** Labels for configured ids (bands, topics, audiences, frameworks); the texts live in the UI strings. */
export function kitLabels(t: KitT) {
	return {
		band(band: string) {
			const [from, to] = band.split('-');
			return t('kit.band.label', { from, to });
		},
		minutes: (count: number) => t('kit.lesson.minutes', { count }),
		topic: (id: string) => t(kitKey(`kit.topic.${id}`)),
		audience: (id: string) => t(kitKey(`kit.audience.${id}`)),
		framework: (id: string) => t(kitKey(`kit.framework.${id}`)),
		kind: (id: string) => t(kitKey(`kit.kind.${id}`)),
	};
}
