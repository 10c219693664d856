import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKitConfig } from '../../src/config/loadKitConfig.ts';
import { pupilText, readability, type Readability } from '../../src/lessons/readability.ts';
import { projectRoot } from './projectRoot.ts';

export interface LessonFile {
	band: string;
	slug: string;
	/** Path from the project root, as authors know it. */
	path: string;
	source: string;
}

/** Every lesson of the source locale, read from `lessons/<defaultLocale>/lessons/<band>/*.mdx`. */
export function sourceLessons(): LessonFile[] {
	const kit = loadKitConfig(undefined, {});
	const dir = join(projectRoot, 'lessons', kit.defaultLocale, 'lessons');
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((band) =>
			readdirSync(join(dir, band.name))
				.filter((name) => name.endsWith('.mdx') || name.endsWith('.md'))
				.map((name) => {
					const path = join('lessons', kit.defaultLocale, 'lessons', band.name, name);
					return {
						band: band.name,
						slug: name.replace(/\.mdx?$/, ''),
						path,
						source: readFileSync(join(projectRoot, path), 'utf8'),
					};
				}),
		)
		.sort(
			(a, b) => kit.ageBands.indexOf(a.band) - kit.ageBands.indexOf(b.band) || a.slug.localeCompare(b.slug),
		);
}

type Scored = Readability & { limit?: number; ok: boolean };

/** Readability of every source lesson and of every band (all its lessons' text together), with the band limits. */
export function lessonReadability() {
	const kit = loadKitConfig(undefined, {});
	const limits: Record<string, number> = kit.readingGrade ?? {};
	const check = (band: string, score: Readability): Scored => {
		const limit = limits[band];
		return { ...score, limit, ok: limit === undefined || score.grade <= limit };
	};
	const lessons = sourceLessons().map((lesson) => ({
		...lesson,
		...check(lesson.band, readability(pupilText(lesson.source))),
	}));
	const bands = kit.ageBands
		.map((band) => {
			const inBand = lessons.filter((lesson) => lesson.band === band);
			const text = inBand.flatMap((lesson) => pupilText(lesson.source));
			return { band, lessons: inBand.length, ...check(band, readability(text)) };
		})
		.filter((band) => band.lessons > 0);
	return { lessons, bands };
}
