import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { lessonsFor, pagesPerLesson } from '../../scripts/lib/bench/scaleSection.ts';

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
