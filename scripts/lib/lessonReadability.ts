import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKitConfig } from '../../src/config/loadKitConfig.ts';
import { pupilText, readability, type Readability } from '../../src/lessons/readability.ts';
import { READABILITY_MEASURES, type ReadabilityMeasureId } from '../../src/lessons/readabilityMeasures.ts';
import { projectRoot } from './projectRoot.ts';

export interface LessonFile {
	band: string;
	slug: string;
	/** Path from the project root, as authors know it. */
	path: string;
	source: string;
}

/** Every lesson of a locale (the source locale by default), read from `lessons/<locale>/lessons/<band>/*.md` (or `.mdx`). */
export function sourceLessons(locale?: string): LessonFile[] {
	const kit = loadKitConfig(undefined, {});
	const code = locale ?? kit.defaultLocale;
	const dir = join(projectRoot, 'lessons', code, 'lessons');
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((band) =>
			readdirSync(join(dir, band.name))
				.filter((name) => name.endsWith('.mdx') || name.endsWith('.md'))
				.map((name) => {
					const path = join('lessons', code, 'lessons', band.name, name);
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

/** One locale's readability: its measure, every lesson and every band (all its lessons' text together) against the limits. */
export interface LocaleReadability {
	locale: string;
	measure: ReadabilityMeasureId;
	lessons: (LessonFile & Scored)[];
	bands: ({ band: string; lessons: number } & Scored)[];
}

/**
 * Readability of the lessons of every locale that has a measure in `kit.config.json →
 * readingLevel`, and the locales that have lessons but no measure valid for their language.
 */
export function lessonReadability(): { locales: LocaleReadability[]; unmeasured: string[] } {
	const kit = loadKitConfig(undefined, {});
	const locales: LocaleReadability[] = [];
	const unmeasured: string[] = [];
	for (const { code } of kit.locales) {
		const level = kit.readingLevel[code];
		const lessons = sourceLessons(code);
		if (!level) {
			if (lessons.length > 0) unmeasured.push(code);
			continue;
		}
		const better = READABILITY_MEASURES[level.measure].limit;
		const check = (band: string, score: Readability): Scored => {
			const limit = level.limits[band];
			const ok = limit === undefined || (better === 'max' ? score.score <= limit : score.score >= limit);
			return { ...score, limit, ok };
		};
		const scored = lessons.map((lesson) => ({
			...lesson,
			...check(lesson.band, readability(pupilText(lesson.source), level.measure)),
		}));
		const bands = kit.ageBands
			.map((band) => {
				const inBand = scored.filter((lesson) => lesson.band === band);
				const text = inBand.flatMap((lesson) => pupilText(lesson.source));
				return { band, lessons: inBand.length, ...check(band, readability(text, level.measure)) };
			})
			.filter((band) => band.lessons > 0);
		locales.push({ locale: code, measure: level.measure, lessons: scored, bands });
	}
	return { locales, unmeasured };
}
