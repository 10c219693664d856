import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { asTranslation } from '../../scripts/lib/stampTranslation.ts';
import { buildFixture, fixture } from '../support/buildFixture.ts';

/**
 * Content lives in `lessons/`, reached by Starlight through the src/content/docs link. These
 * builds prove that the Starlight features which depend on that path keep working.
 */
describe('Starlight features on content in lessons/', () => {
	it('builds the sidebar with its age band pages, and localised aside and heading-anchor labels', () => {
		const build = buildFixture({
			'lessons/en/index.mdx': fixture('home.mdx'),
			'lessons/ar/index.mdx': asTranslation(fixture('home-ar.mdx'), fixture('home.mdx')),
			'lessons/en/lessons/11-13/ask-first.mdx': fixture('lesson-good.mdx'),
			'lessons/ar/lessons/11-13/ask-first.mdx': asTranslation(
				fixture('lesson-good.mdx'),
				fixture('lesson-good.mdx'),
			),
		});
		onTestFinished(build.remove);
		expect(build.status, build.output).toBe(0);

		// A lesson in lessons/ar/ gets its overview labels in Arabic; its English original, in English.
		const arabicLesson = readFileSync(join(build.root, 'dist/ar/lessons/11-13/ask-first/index.html'), 'utf8');
		expect(arabicLesson).toContain('نظرة عامة على الدرس');
		expect(readFileSync(join(build.root, 'dist/en/lessons/11-13/ask-first/index.html'), 'utf8')).toContain(
			'Lesson overview',
		);

		const arabicHome = readFileSync(join(build.root, 'dist/ar/index.html'), 'utf8');
		// Starlight's Arabic label for a note aside.
		expect(arabicHome).toContain('aria-label="ملاحظة"');
		expect(arabicHome).toMatch(/<html[^>]*lang="ar"[^>]*dir="rtl"/);
		// The sidebar links to the "Ages 11–13" band page, labelled in Arabic, which lists the lesson.
		expect(arabicHome).toMatch(/<a href="\/ar\/lessons\/11-13\/"[^>]*><span[^>]*>الأعمار \u206611–13\u2069</);
		const arabicBand = readFileSync(join(build.root, 'dist/ar/lessons/11-13/index.html'), 'utf8');
		expect(arabicBand).toContain('href="/ar/lessons/11-13/ask-first/"');
		// The kit's Arabic anchor label (Starlight ships none), used by headings in Arabic pages.
		expect(arabicHome).toContain('قسم بعنوان «أهلاً»');
		const lesson = readFileSync(join(build.root, 'dist/en/lessons/11-13/ask-first/index.html'), 'utf8');
		expect(lesson).toContain('Section titled “Warm-up (5 minutes)”');
		// The kit's own blocks follow the content's language too: timings, teacher notes, quiz.
		expect(arabicLesson).toContain('(5 دقائق)');
		expect(arabicLesson).toContain('aria-label="ملاحظات للمعلم"');
		expect(arabicLesson).toContain('تحقق من الإجابة');
		// The lesson's quiz is exported for learning platforms, in each language it is written in.
		for (const locale of ['en', 'ar']) {
			expect(existsSync(join(build.root, `dist/quiz-exports/${locale}/lessons/11-13/ask-first.gift`))).toBe(
				true,
			);
			expect(
				existsSync(join(build.root, `dist/quiz-exports/${locale}/lessons/11-13/ask-first-qti21.zip`)),
			).toBe(true);
		}
	});

	it('fails the build on a broken internal link, naming the file and the link', () => {
		const build = buildFixture({
			'lessons/en/index.mdx': `${fixture('home.mdx')}\nSee [the lesson](/en/lessons/11-13/no-such-lesson/).\n`,
		});
		onTestFinished(build.remove);
		expect(build.status).not.toBe(0);
		expect(build.output).toContain('en/index.mdx');
		expect(build.output).toContain('/en/lessons/11-13/no-such-lesson/');
		expect(build.output).toContain('invalid link');
	});
});
