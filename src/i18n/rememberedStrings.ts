import { defineMiddleware } from 'astro:middleware';
import { StringMemory } from './stringMemory.ts';

type T = App.Locals['t'];

/** Strings pages looked up, for the whole build: a locale's UI strings at most. */
const memory = new StringMemory();

/**
 * Astro middleware that runs after Starlight's (which gives each page `locals.t` for its locale):
 * `locals.t` answers a lookup asked for before from memory (src/i18n/stringMemory.ts). Slides,
 * speaker views and lesson views ask for the same labels on every page. In development nothing is
 * kept, so edits to the UI strings show.
 */
export const onRequest = defineMiddleware((context, next) => {
	if (!import.meta.env.DEV)
		context.locals.t = rememberingStrings(context.locals.t, String(context.currentLocale));
	return next();
});

/**
 * `t` with its answers kept in memory under the page's `locale`, or under the language an
 * option `lng` asks for. Lookups with other options (such as `returnObjects`) go to `t` each time.
 */
export function rememberingStrings(t: T, locale: string): T {
	const lookup = (key: string, options?: Record<string, unknown>) => {
		const { lng, ...values } = options ?? {};
		if (
			typeof key !== 'string' ||
			(lng !== undefined && typeof lng !== 'string') ||
			!StringMemory.keeps(values)
		)
			return t(key as never, options as never);
		const lang = lng === undefined ? `locale ${locale}` : `lang ${lng}`;
		return memory.recall(lang, key, values, () => String(t(key as never, options as never)));
	};
	return Object.assign(lookup as T, { all: t.all, exists: t.exists, dir: t.dir });
}
