/**
 * Prints a readability score for every lesson and every age band of each locale that has a measure
 * valid for its language (kit.config.json → "readingLevel"), against the band's limit, and names
 * the locales that have lessons but no measure. Usage: npm run readability
 * The same check runs in `npm test` (tests/content/lessons.test.ts).
 */
import { READABILITY_MEASURES } from '../src/lessons/readabilityMeasures.ts';
import { lessonReadability } from './lib/lessonReadability.ts';

const { locales, unmeasured } = lessonReadability();
const row = (cells: (string | number)[]) => console.log(cells.map(String).join('\t'));
for (const { locale, measure, lessons, bands } of locales) {
	console.log(`\n${locale}: ${READABILITY_MEASURES[measure].label}`);
	row(['band', 'lesson', 'words', 'score', 'limit', 'ok']);
	for (const lesson of lessons)
		row([
			lesson.band,
			lesson.slug,
			lesson.words,
			lesson.score,
			lesson.limit ?? '-',
			lesson.ok ? 'yes' : 'NO',
		]);
	row(['band', 'lessons', 'words', 'score', 'limit', 'ok']);
	for (const band of bands)
		row([band.band, band.lessons, band.words, band.score, band.limit ?? '-', band.ok ? 'yes' : 'NO']);
	if (lessons.some((lesson) => !lesson.ok)) process.exitCode = 1;
}
if (unmeasured.length > 0)
	console.log(
		`\nNot measured (no readability measure for their language in kit.config.json → "readingLevel"): ${unmeasured.join(', ')}.`,
	);
