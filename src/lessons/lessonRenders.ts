import { lessonsByLocale, type LocalisedLesson } from './lessonsByLocale.ts';
import { toStudentHtml } from './studentView.ts';

/** A lesson's content rendered once: the teacher view's HTML and the student view made from it. */
export interface RenderedLesson {
	html: string;
	student: string;
	/** The speaker view's notes by part, read from `html` when first asked for. */
	notes?: Map<string, string>;
}

/** Pages made from one content entry in each locale that shows it: student view, slides, speaker view. */
const PAGES_PER_LOCALE = 3;

/** Renders by content entry id (an English lesson is the same under /es/ and /fr/), with the pages still to use each. */
const renders = new Map<string, { lesson: Promise<RenderedLesson>; pagesLeft: number }>();
let pagesPerEntry: Promise<Map<string, number>> | undefined;

/**
 * A lesson's rendered HTML and student view, for one page made from it (student view, slides or
 * speaker view): rendered (`render`, the page's slot) and made pupil-ready only by the first page
 * of the build that asks, then shared. The build would otherwise render each lesson's MDX and
 * parse its HTML once per page. Kept only until the last page that uses the entry has asked (the
 * count comes from lessonsByLocale), so memory does not grow with the catalogue. In development
 * nothing is kept, so edits show.
 */
export async function renderedLesson(
	{ entry }: LocalisedLesson,
	render: () => Promise<string>,
): Promise<RenderedLesson> {
	if (import.meta.env.DEV) return rendering(render);
	const pages = await pagesUsing(entry.id);
	const cached = renders.get(entry.id) ?? { lesson: rendering(render), pagesLeft: pages };
	cached.pagesLeft -= 1;
	if (cached.pagesLeft > 0) renders.set(entry.id, cached);
	else renders.delete(entry.id);
	return cached.lesson;
}

async function rendering(render: () => Promise<string>): Promise<RenderedLesson> {
	const html = await render();
	return { html, student: toStudentHtml(html) };
}

/** How many pages of the build are made from the entry. */
async function pagesUsing(entryId: string): Promise<number> {
	pagesPerEntry ??= lessonsByLocale().then((lessons) => {
		const counts = new Map<string, number>();
		for (const { entry } of lessons) counts.set(entry.id, (counts.get(entry.id) ?? 0) + PAGES_PER_LOCALE);
		return counts;
	});
	return (await pagesPerEntry).get(entryId) ?? 1;
}
