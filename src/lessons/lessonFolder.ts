import { docsLoader } from '@astrojs/starlight/loaders';
import type { Loader } from 'astro/loaders';

/**
 * The age band a page's folder gives it: `en/lessons/8-10/ask-first` → `8-10`. Pages anywhere
 * else (guides, help, the catalogue's neighbours) have none.
 */
export function lessonFolderBand(id: string): string | undefined {
	return /^[^/]+\/lessons\/([^/]+)\/[^/]+$/.exec(id)?.[1];
}

/**
 * A page in `lessons/<locale>/lessons/<age band>/` is a lesson because of where it lives: it need
 * not say `kind: lesson`, and its age band is its folder's. The folder is handed to the page
 * schema as `lessonFolder`, which checks the rest (a lesson's fields; a band that disagrees).
 */
export function withLessonFolder<T extends Record<string, unknown>>(id: string, data: T): T {
	const band = lessonFolderBand(id);
	if (!band) return data;
	return { kind: 'lesson', ageBand: band, ...data, lessonFolder: band } as T & { lessonFolder: string };
}

/** Starlight's docs loader, with each lesson's kind and age band taken from its folder. */
export function lessonAwareDocsLoader(): Loader {
	const inner = docsLoader();
	return {
		...inner,
		load: (context) =>
			inner.load({
				...context,
				parseData: (entry) => context.parseData({ ...entry, data: withLessonFolder(entry.id, entry.data) }),
			}),
	};
}
