import { getCollection, type CollectionEntry } from 'astro:content';
import { kit } from '~/config/kit';

/** A lesson as a reader in one locale gets it: their translation, or the source as a fallback. */
export interface LocalisedLesson {
	/** The reader's locale (the URL's first segment). */
	locale: string;
	/** The lesson's path inside a locale, e.g. `lessons/11-13/real-or-fake`. */
	path: string;
	entry: CollectionEntry<'docs'>;
	/** True when the entry is the source-locale page shown in another locale. */
	isFallback: boolean;
}

/** Every lesson of the source locale, in every configured locale, translated where it can be. */
export async function lessonsByLocale(): Promise<LocalisedLesson[]> {
	const entries = await getCollection('docs', (entry) => entry.data.kind === 'lesson');
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	const sources = entries.filter((entry) => entry.id.startsWith(`${kit.defaultLocale}/`));
	return kit.locales.flatMap(({ code }) =>
		sources.map((source) => {
			const path = source.id.slice(kit.defaultLocale.length + 1);
			const translation = byId.get(`${code}/${path}`);
			return { locale: code, path, entry: translation ?? source, isFallback: !translation };
		}),
	);
}

/** The language and direction a lesson's content is written in. */
export function contentLanguage(entry: CollectionEntry<'docs'>) {
	const code = entry.id.split('/')[0];
	const locale = kit.locales.find((l) => l.code === code) ?? kit.locales[0]!;
	return { lang: locale.lang, dir: locale.dir };
}

/** Static paths for pages made per lesson and locale (`[locale]/lessons/[band]/[lesson]/…`). */
export async function lessonPaths() {
	const lessons = await lessonsByLocale();
	return lessons.map((lesson) => {
		const [, band, slug] = lesson.path.split('/');
		return { params: { locale: lesson.locale, band: band!, lesson: slug! }, props: { ...lesson } };
	});
}

let bandsCache: Promise<Map<string, LocalisedLesson[]>> | undefined;

/**
 * The lessons of one locale and age band, in teaching order (`sidebar.order`, then title): what a
 * band page lists, and the order of its lessons' previous and next links. Worked out once per
 * build, because every lesson page asks (in development, on every call, so new lessons show).
 */
export async function lessonsInBand(locale: string, band: string): Promise<LocalisedLesson[]> {
	if (!bandsCache || import.meta.env.DEV) bandsCache = groupByBand(lessonsByLocale());
	return (await bandsCache).get(`${locale}/${band}`) ?? [];
}

async function groupByBand(lessons: Promise<LocalisedLesson[]>) {
	const groups = new Map<string, LocalisedLesson[]>();
	for (const lesson of await lessons) {
		const key = `${lesson.locale}/${lesson.entry.data.ageBand}`;
		const group = groups.get(key);
		if (group) group.push(lesson);
		else groups.set(key, [lesson]);
	}
	const order = (lesson: LocalisedLesson) => lesson.entry.data.sidebar?.order ?? Number.MAX_SAFE_INTEGER;
	for (const group of groups.values())
		group.sort((a, b) => order(a) - order(b) || a.entry.data.title.localeCompare(b.entry.data.title));
	return groups;
}
