/**
 * Prints a readability score for every English lesson and every age band, against the band's
 * limit in kit.config.json ("readingGrade"). Usage: npm run readability
 * The same check runs in `npm test` (tests/content/lessons.test.ts).
 */
import { lessonReadability } from './lib/lessonReadability.ts';

const { lessons, bands } = lessonReadability();
const row = (cells: (string | number)[]) => console.log(cells.map(String).join('\t'));
row(['band', 'lesson', 'words', 'grade', 'ease', 'limit', 'ok']);
for (const lesson of lessons) {
	row([
		lesson.band,
		lesson.slug,
		lesson.words,
		lesson.grade,
		lesson.ease,
		lesson.limit ?? '-',
		lesson.ok ? 'yes' : 'NO',
	]);
}
console.log('');
row(['band', 'lessons', 'words', 'grade', 'ease', 'limit', 'ok']);
for (const band of bands) {
	row([
		band.band,
		band.lessons,
		band.words,
		band.grade,
		band.ease,
		band.limit ?? '-',
		band.ok ? 'yes' : 'NO',
	]);
}
if (lessons.some((lesson) => !lesson.ok)) process.exitCode = 1;
