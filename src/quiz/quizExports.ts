import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { KitPageData } from '../markdown/kitMarkdown.ts';
import type { QuizExportSource } from './quizExportFiles.ts';
import type { Quiz } from './quizModel.ts';

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
export async function allQuizExports(): Promise<QuizExportSource[]> {
	const entries = await getCollection('docs');
	const exports: QuizExportSource[] = [];
	for (const entry of entries) {
		const quizzes = await quizzesOf(entry);
		if (quizzes.length === 0) continue;
		const { id, data } = entry;
		exports.push({ id, title: data.title, lang: id.split('/')[0]!, quizzes, ...quizExportPaths(id) });
	}
	return exports;
}
