import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Heading, Image, Link, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import ui from '../../src/content/i18n/en.json' with { type: 'json' };
import { lessonReadability, sourceLessons } from '../../scripts/lib/lessonReadability.ts';
import { projectRoot } from '../../scripts/lib/projectRoot.ts';
import { READABILITY_MEASURES } from '../../src/lessons/readabilityMeasures.ts';
import { findQuizzes } from '../../src/quiz/findQuizzes.ts';

/**
 * What a machine can check in every lesson of the source locale, beyond the build's own checks
 * (frontmatter schema, timings, quiz syntax, links): the parts every lesson has, a quiz of 4–8
 * questions, dated sources, alt text, reading level, and no real nudify app named anywhere.
 */
const lessons = sourceLessons();
const tree = (source: string) => mdxToMdast(source, { features: { directive: true } }) as Root;
const all = <T extends Nodes>(node: Nodes, type: T['type']): T[] =>
	node.type === type
		? [node as T]
		: 'children' in node
			? node.children.flatMap((child) => all<T>(child as Nodes, type))
			: [];

describe('every lesson', () => {
	it('exists in every age band, at least four per band', () => {
		const counts = Object.groupBy(lessons, (lesson) => lesson.band);
		for (const band of ['8-10', '11-13', '14-16', '17-19'])
			expect(counts[band]?.length ?? 0, band).toBeGreaterThanOrEqual(4);
	});

	describe.each(lessons.map((lesson) => [lesson.path, lesson] as const))('%s', (_path, lesson) => {
		const root = tree(lesson.source);
		const headings = all<Heading>(root, 'heading').filter((heading) => heading.depth === 2);
		const titles = headings.map((heading) => toString(heading).trim());
		const timed = headings.filter((heading) =>
			heading.children.some((child) => child.type === 'textDirective'),
		);

		it('has a safeguarding note before it starts, a timed warm-up, two or three activities, a plenary and a quiz, and ends with the help route', () => {
			expect(titles[0]).toBe('Before you start');
			const first = root.children[root.children.indexOf(headings[0]!) + 1];
			expect(
				first?.type === 'containerDirective' && first.name === 'teacher' && toString(first.children[0]!),
			).toBe('Safeguarding');
			const timedTitles = timed.map((heading) => toString(heading).trim());
			expect(timedTitles[0]).toMatch(/^Warm-up/);
			const activities = timedTitles.filter((title) => /^Activity \d/.test(title));
			expect(activities.length).toBeGreaterThanOrEqual(2);
			expect(activities.length).toBeLessThanOrEqual(3);
			expect(timedTitles.at(-2)).toMatch(/^Plenary/);
			expect(timedTitles.at(-1)).toMatch(/^Quiz/);
			expect(titles.at(-1)).toBe('If this is happening to you');
			const last = root.children.slice(root.children.indexOf(headings.at(-1)!));
			expect(last.flatMap((node) => all<Link>(node, 'link')).map((link) => link.url)).toContain('/en/help/');
		});

		it('has one quiz of 4 to 8 questions, with feedback for every option', () => {
			const { quizzes, problems } = findQuizzes(root);
			expect(problems).toEqual([]);
			expect(quizzes).toHaveLength(1);
			const { questions } = quizzes[0]!.quiz;
			expect(questions.length).toBeGreaterThanOrEqual(4);
			expect(questions.length).toBeLessThanOrEqual(8);
			for (const question of questions)
				for (const option of question.options) expect(option.feedback.length).toBeGreaterThan(0);
		});

		it('does not repeat, in a question, the instruction the page already shows under it', () => {
			const { quizzes } = findQuizzes(root);
			for (const question of quizzes[0]?.quiz.questions ?? []) {
				const prompt = question.prompt
					.map((node) => toString(node))
					.join('')
					.trim();
				for (const instruction of [ui['kit.quiz.chooseOne'], ui['kit.quiz.chooseAll']])
					expect(prompt, `question ${question.number}`).not.toContain(instruction);
			}
		});

		it('has teacher notes', () => {
			const notes = all<Nodes>(root, 'containerDirective').filter(
				(node) => 'name' in node && node.name === 'teacher',
			);
			expect(notes.length).toBeGreaterThanOrEqual(3);
		});

		it('lists sources, each with the day it was published or, for an undated page, the day it was read', () => {
			const yaml = root.children.find((node) => node.type === 'yaml');
			const { sources } = parseYaml(yaml && 'value' in yaml ? yaml.value : '') as {
				sources?: { url: string; date?: string; accessed?: string }[];
			};
			expect(sources?.length).toBeGreaterThan(0);
			for (const source of sources!) {
				const days = [source.date, source.accessed].filter((day) => day !== undefined);
				expect(days.length, source.url).toBeGreaterThan(0);
				for (const day of days) {
					expect(String(day), source.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
					expect(new Date(day).getTime(), source.url).toBeLessThanOrEqual(Date.now());
				}
			}
		});

		it('gives every image alt text, and every drawing is an accessible SVG made for the kit', () => {
			for (const image of all<Image>(root, 'image')) {
				expect(image.alt?.trim(), image.url).toBeTruthy();
				expect(image.url, 'pictures are drawings (SVG) made for the kit, never photos').toMatch(
					/^\.\/images\/[\w-]+\.svg$/,
				);
				const svg = readFileSync(join(projectRoot, lesson.path, '..', image.url), 'utf8');
				expect(svg).toMatch(/<svg[^>]*role="img"/);
				expect(svg).toMatch(/<title[^>]*>[^<]+<\/title>/);
				expect(svg, 'no scripts or outside resources in a drawing').not.toMatch(
					/<script|href="(https?:)?\/\//,
				);
			}
		});
	});
});

describe('reading level', () => {
	const { locales, unmeasured } = lessonReadability();
	it('is measured with a formula made for each locale’s language, and names the locales it cannot measure', () => {
		expect(locales.map(({ locale }) => locale)).toEqual(expect.arrayContaining(['en', 'nl']));
		for (const locale of unmeasured) expect(locales.map((entry) => entry.locale)).not.toContain(locale);
		for (const { locale, measure } of locales)
			expect(READABILITY_MEASURES[measure].language, locale).toBe(locale.split('-')[0]);
	});
	describe.each(locales.map((entry) => [entry.locale, entry] as const))(
		'%s',
		(_locale, { measure, lessons, bands }) => {
			it.each(lessons.map((lesson) => [lesson.path, lesson] as const))(
				'%s is within its band’s limit',
				(_path, lesson) => {
					expect(
						lesson.limit,
						`kit.config.json → readingLevel has no limit for ${lesson.band}`,
					).toBeDefined();
					expect(
						lesson.ok,
						`${READABILITY_MEASURES[measure].label} of ${lesson.path}: ${lesson.score}, limit ${lesson.limit}`,
					).toBe(true);
				},
			);
			it('gets harder with age, band by band (a spiral, not repetition)', () => {
				const scores = bands.map((band) => band.score);
				const harder =
					READABILITY_MEASURES[measure].limit === 'max'
						? (a: number, b: number) => a - b
						: (a: number, b: number) => b - a;
				expect(scores).toEqual([...scores].sort(harder));
			});
		},
	);
});

describe('all content', () => {
	const blocked = readFileSync(join(import.meta.dirname, 'blocked-names.txt'), 'utf8')
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line && !line.startsWith('#'));

	function contentFiles(dir: string): string[] {
		return readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory()
				? contentFiles(path)
				: /\.(mdx?|svg|json)$/.test(name)
					? [path]
					: [];
		});
	}
	const files = [
		...contentFiles(join(projectRoot, 'lessons')),
		...contentFiles(join(projectRoot, 'src/content/i18n')),
		...contentFiles(join(projectRoot, 'countries')),
	];

	it('names no real nudify app or site', () => {
		const found = files.flatMap((file) => {
			const text = readFileSync(file, 'utf8').toLowerCase();
			return blocked.filter((name) => text.includes(name.toLowerCase())).map((name) => `${file}: ${name}`);
		});
		expect(found).toEqual([]);
	});
});
