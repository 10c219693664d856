import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { KitPageData } from '../markdown/kitMarkdown.ts';
import type { Quiz } from './quizModel.ts';

/** A lesson with a quiz, and where its exports are published. */
export interface QuizExport {
	entry: CollectionEntry<'docs'>;
	quizzes: Quiz[];
	/** Paths under the site's base, without a leading slash. */
	gift: string;
	qti: string;
}

/** Where a lesson's exports live: next to each other under `quiz-exports/<entry id>`. */
export function quizExportPaths(entryId: string) {
	return { gift: `quiz-exports/${entryId}.gift`, qti: `quiz-exports/${entryId}-qti21.zip` };
}

/** The quizzes of a page, as the kit's Markdown plugin read them when the page was compiled. */
export async function quizzesOf(entry: CollectionEntry<'docs'>): Promise<Quiz[]> {
	const { remarkPluginFrontmatter } = await render(entry);
	return (remarkPluginFrontmatter as KitPageData).kitQuizzes ?? [];
}

/** Every page with a quiz, in every locale it is written in. */
export async function allQuizExports(): Promise<QuizExport[]> {
	const entries = await getCollection('docs');
	const exports: QuizExport[] = [];
	for (const entry of entries) {
		const quizzes = await quizzesOf(entry);
		if (quizzes.length > 0) exports.push({ entry, quizzes, ...quizExportPaths(entry.id) });
	}
	return exports;
}
