import { kit } from '~/config/kit';
import { defaultLawFor } from '~/countries/lawDefaults';
import { withContentLinks } from '~/html/contentLinks';
import { localePath } from '~/i18n/localePath';
import { renderedLesson } from '~/lessons/lessonRenders';
import { contentLanguage, type LocalisedLesson } from '~/lessons/lessonsByLocale';
import type { LessonDeck } from './deckModel.ts';
import { lessonDeck } from './lessonDeck.ts';
import { SLIDE_LINES } from './slideSize.ts';
import { speakerNotes } from './speakerNotes.ts';

/**
 * Slides by locale and lesson, made once for the two pages that show them (the slides' page and
 * the speaker view), and dropped when the second has them. (The rendered lesson they are made
 * from is shared by content entry: src/lessons/lessonRenders.ts.)
 */
const made = new Map<string, LessonDeck>();

/**
 * What a lesson's slides and its speaker view are made of, from the lesson's rendered HTML (the
 * page's slot, rendered only if this build has not rendered that lesson yet): the slides from its
 * student view, links following the reader's locale and the base path as in the student view; the
 * notes from the teacher view; and the addresses of the lesson's views.
 */
export async function presentLesson(lesson: LocalisedLesson, render: () => Promise<string>) {
	const { locale, path, entry } = lesson;
	const base = import.meta.env.BASE_URL;
	// Links follow the reader's locale and the base path, as in the lesson's views (no print
	// addresses); law cards show the locale's law, as on the lesson's page.
	const locales = {
		base,
		contentLocale: entry.id.split('/')[0]!,
		pageLocale: locale,
		sourceLocale: kit.defaultLocale,
	};
	const law = defaultLawFor(locale);
	const localise = (html: string) => withContentLinks(html, locales, undefined, law);
	const rendered = await renderedLesson(lesson, render);
	// Arabic is set with more line height (src/styles/slides.css), so fewer lines fit.
	const room = contentLanguage(entry).lang === 'ar' ? (SLIDE_LINES * 1.35) / 1.5 : SLIDE_LINES;
	const id = `${locale}/${path}`;
	const deck = made.get(id) ?? lessonDeck(localise(rendered.student), room);
	if (made.has(id) || import.meta.env.DEV) made.delete(id);
	else made.set(id, deck);
	const href = (suffix: string) => localePath(base, locale, `${path}/${suffix}`);
	return {
		deck,
		/** The teacher notes of each part, by part id (read once per lesson, localised per page). */
		notes: () => {
			rendered.notes ??= speakerNotes(
				rendered.html,
				deck.parts.map((part) => part.id),
			);
			return new Map([...rendered.notes].map(([part, notes]) => [part, localise(notes)]));
		},
		/** One name per deck, shared by its two windows (BroadcastChannel). */
		id,
		href: { student: href('student/'), slides: href('present/'), speaker: href('present/speaker/') },
	};
}
