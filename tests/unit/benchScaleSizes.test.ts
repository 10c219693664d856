import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { generatedLessons } from '../../scripts/lib/bench/scaleFixture.ts';
import { lessonsFor, pagesPerLesson } from '../../scripts/lib/bench/scaleSection.ts';
import { asTranslation } from '../../scripts/lib/stampTranslation.ts';
import { loadKitConfig } from '../../src/config/loadKitConfig.ts';
import { withLessonFolder } from '../../src/lessons/lessonFolder.ts';
import { pageSchema } from '../../src/schemas/pageSchema.ts';
import { compileContent, contentProblem } from '../support/compileContent.ts';

/** A built site with the given HTML files (paths under dist/). */
function builtSite(paths: string[]) {
	const dist = mkdtempSync(join(tmpdir(), 'bench-dist-'));
	onTestFinished(() => rmSync(dist, { recursive: true, force: true }));
	for (const path of paths) {
		mkdirSync(dirname(join(dist, path)), { recursive: true });
		writeFileSync(join(dist, path), '<!doctype html>');
	}
	return dist;
}

describe('the sizes of the scale run', () => {
	it('counts every page a lesson makes in every locale that has it', () => {
		const lesson = 'lessons/11-13/real-or-fake';
		const dist = builtSite([
			...['en', 'nl'].flatMap((locale) =>
				['index.html', 'student/index.html', 'present/index.html', 'present/speaker/index.html'].map(
					(page) => `${locale}/${lesson}/${page}`,
				),
			),
			'en/lessons/11-13/other-lesson/index.html',
			'en/lessons/index.html',
			'index.html',
		]);
		expect(pagesPerLesson(dist, lesson)).toBe(8);
	});

	it('adds as many lessons as bring the kit closest to the size asked for', () => {
		expect(lessonsFor(1300, 552, 20)).toBe(37);
		expect(lessonsFor(10_000, 552, 20)).toBe(472);
		// A size the kit already has still adds one lesson, so the row measures something.
		expect(lessonsFor(300, 552, 20)).toBe(1);
	});
});

describe('the benchmark’s generated lessons', () => {
	const kit = loadKitConfig(undefined, {});
	const schema = pageSchema(kit);

	it('are lessons the kit builds, in every locale: valid metadata, and Markdown the kit’s checks pass', () => {
		const lessons = generatedLessons(2);
		expect(new Set(lessons.map(({ path }) => path)).size).toBe(2);
		for (const { path, source } of lessons) {
			for (const { code } of kit.locales) {
				const text = code === kit.defaultLocale ? source : asTranslation(source, source);
				const file = `lessons/${code}/${path}.md`;
				expect(contentProblem(text, file), file).toBeUndefined();
				const { frontmatter } = compileContent(text, file);
				const result = schema.safeParse(withLessonFolder(`${code}/${path}`, frontmatter));
				expect(result.success ? [] : result.error.issues, file).toEqual([]);
				expect(frontmatter.title, file).toMatch(/^Generated lesson \d{4}: /);
			}
		}
	});
});
