import { kit } from '~/config/kit';
import { defaultLawFor } from '~/countries/lawDefaults';
import { withContentLinks } from '~/html/contentLinks';
import { localePath } from '~/i18n/localePath';
import { toStudentHtml } from '~/lessons/studentView';
import { contentLanguage, type LocalisedLesson } from '~/lessons/lessonsByLocale';
import type { LessonDeck } from './deckModel.ts';
import { lessonDeck } from './lessonDeck.ts';
import { SLIDE_LINES } from './slideSize.ts';
import { speakerNotes } from './speakerNotes.ts';

/**
 * Work done once per build and shared: a lesson's rendered HTML and its student view by content
 * entry (an English lesson is the same under /es/ and /fr/), its slides by locale and lesson (the
 * slides' page and the speaker view show the same ones).
 */
const rendered = new Map<string, { html: string; student: string; notes?: Map<string, string> }>();
const made = new Map<string, LessonDeck>();

/**
 * What a lesson's slides and its speaker view are made of, from the lesson's rendered HTML (the
 * page's slot, rendered only if this build has not rendered that lesson yet): the slides from its
 * student view, links following the reader's locale and the base path as in the student view; the
 * notes from the teacher view; and the addresses of the lesson's views.
 */
export async function presentLesson({ locale, path, entry }: LocalisedLesson, render: () => Promise<string>) {
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
	if (!rendered.has(entry.id)) {
		const html = await render();
		rendered.set(entry.id, { html, student: toStudentHtml(html) });
	}
	const { html, student } = rendered.get(entry.id)!;
	// Arabic is set with more line height (src/styles/slides.css), so fewer lines fit.
	const room = contentLanguage(entry).lang === 'ar' ? (SLIDE_LINES * 1.35) / 1.5 : SLIDE_LINES;
	const id = `${locale}/${path}`;
	const deck = made.get(id) ?? lessonDeck(localise(student), room);
	made.set(id, deck);
	const href = (suffix: string) => localePath(base, locale, `${path}/${suffix}`);
	return {
		deck,
		/** The teacher notes of each part, by part id (read once per lesson, localised per page). */
		notes: () => {
			const lesson = rendered.get(entry.id)!;
			lesson.notes ??= speakerNotes(
				html,
				deck.parts.map((part) => part.id),
			);
			return new Map([...lesson.notes].map(([part, notes]) => [part, localise(notes)]));
		},
		/** One name per deck, shared by its two windows (BroadcastChannel). */
		id,
		href: { student: href('student/'), slides: href('present/'), speaker: href('present/speaker/') },
	};
}
