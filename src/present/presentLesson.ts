import { kit } from '~/config/kit';
import { localiseContentLinks } from '~/i18n/localiseContentLinks';
import { localePath } from '~/i18n/localePath';
import { toStudentHtml } from '~/lessons/studentView';
import { contentLanguage, type LocalisedLesson } from '~/lessons/lessonsByLocale';
import type { LessonDeck } from './deckModel.ts';
import { lessonDeck } from './lessonDeck.ts';
import { SLIDE_LINES } from './slideSize.ts';
import { speakerNotes } from './speakerNotes.ts';

/** Slides already made in this build, by locale and lesson: the slides' page and the speaker view share them. */
const made = new Map<string, LessonDeck>();

/**
 * What a lesson's slides and its speaker view are made of, from the lesson's rendered HTML: the
 * slides from its student view (links following the reader's locale and the base path, as in the
 * student view), the notes from the teacher view, and the addresses of the lesson's views.
 */
export function presentLesson(lessonHtml: string, { locale, path, entry }: LocalisedLesson) {
	const base = import.meta.env.BASE_URL;
	const localise = (html: string) =>
		localiseContentLinks(html, {
			base,
			contentLocale: entry.id.split('/')[0]!,
			pageLocale: locale,
			sourceLocale: kit.defaultLocale,
		});
	// Arabic is set with more line height (src/styles/slides.css), so fewer lines fit.
	const room = contentLanguage(entry).lang === 'ar' ? (SLIDE_LINES * 1.35) / 1.5 : SLIDE_LINES;
	const id = `${locale}/${path}`;
	const deck = made.get(id) ?? lessonDeck(localise(toStudentHtml(lessonHtml)), room);
	made.set(id, deck);
	const href = (suffix: string) => localePath(base, locale, `${path}/${suffix}`);
	return {
		deck,
		notes: () =>
			speakerNotes(
				localise(lessonHtml),
				deck.parts.map((part) => part.id),
			),
		/** One name per deck, shared by its two windows (BroadcastChannel). */
		id,
		href: { student: href('student/'), slides: href('present/'), speaker: href('present/speaker/') },
	};
}
