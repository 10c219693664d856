import { describe, expect, it } from 'vitest';
import { loadKitConfig } from '../../src/config/loadKitConfig.ts';
import { formatIssues } from '../../src/schemas/formatIssues.ts';
import { lessonFolderBand, withLessonFolder } from '../../src/lessons/lessonFolder.ts';
import { LESSON_FIELDS, pageSchema } from '../../src/schemas/pageSchema.ts';

const kit = loadKitConfig(undefined, {});
const schema = pageSchema(kit);

/** A lesson with every required field, valid against the default kit.config.json. */
const goodLesson = {
	kind: 'lesson',
	description: 'What deepfakes are and what to do.',
	ageBand: '11-13',
	duration: 50,
	topics: ['ai-and-deepfakes', 'getting-help'],
	audiences: ['young-people', 'teachers'],
	objectives: ['Pupils can explain what a deepfake is.'],
	keyPoints: ['Looking is not enough to tell if a picture is real.'],
	materials: ['Printed scenario cards'],
	preparation: ['Read the teacher notes.'],
	contentNote: 'Some pupils may have been affected.',
	curriculumLinks: [{ framework: 'ukcis-ecw', reference: 'Managing online information' }],
	sources: [
		{
			title: 'A report',
			publisher: 'An organisation',
			url: 'https://example.org/report',
			date: '2025-03-03',
		},
	],
};

/** The formatted problems for one frontmatter object, as an author sees them. */
function problems(frontmatter: Record<string, unknown>): string {
	const result = schema.safeParse(frontmatter);
	return result.success ? '' : formatIssues(result.error.issues);
}

describe('page schema', () => {
	it('accepts a complete lesson and parses its source date', () => {
		const result = schema.safeParse(goodLesson);
		expect(result.success).toBe(true);
		expect(result.data?.sources?.[0]?.date).toEqual(new Date('2025-03-03'));
	});

	it('accepts a source that shows no date when it says the day it was read', () => {
		const { date: _date, ...undated } = goodLesson.sources[0]!;
		const result = schema.safeParse({ ...goodLesson, sources: [{ ...undated, accessed: '2026-11-21' }] });
		expect(result.success).toBe(true);
		expect(result.data?.sources?.[0]?.accessed).toEqual(new Date('2026-11-21'));
		expect(result.data?.sources?.[0]?.date).toBeUndefined();
	});

	it('rejects a source with neither a publication date nor the day it was read, saying what to add', () => {
		const { date: _date, ...undated } = goodLesson.sources[0]!;
		expect(problems({ ...goodLesson, sources: [undated] })).toContain(
			'sources.0.date: Give "date" (when it was published, YYYY-MM-DD) or, if the page shows no date, "accessed" (the day you read it).',
		);
	});

	it('rejects a source dated in the future', () => {
		const source = { ...goodLesson.sources[0]!, accessed: '2999-01-01' };
		expect(problems({ ...goodLesson, sources: [source] })).toContain(
			'sources.0.accessed: "accessed" is in the future: give the day it was published or read.',
		);
	});

	it('accepts a guide with none of the lesson fields, and defaults the kind to reference', () => {
		expect(schema.safeParse({ kind: 'guide' }).success).toBe(true);
		expect(schema.parse({}).kind).toBe('reference');
	});

	it.each(LESSON_FIELDS)('rejects a lesson without "%s", naming the field', (field) => {
		const { [field]: _removed, ...lesson } = goodLesson;
		expect(problems(lesson)).toMatch(
			new RegExp(`^  - ${field}: Lessons \\(kind: lesson\\) need "${field}"`, 'm'),
		);
	});

	it('rejects an empty list where a lesson needs items', () => {
		expect(problems({ ...goodLesson, objectives: [] })).toContain(
			'objectives: Lessons (kind: lesson) need "objectives"',
		);
	});

	it('rejects an unknown age band and lists the allowed bands', () => {
		expect(problems({ ...goodLesson, ageBand: '12-14' })).toContain(
			'ageBand: "12-14" is not allowed. Use one of: 8-10, 11-13, 14-16, 17-19 (configured in kit.config.json → "ageBands").',
		);
	});

	it('rejects an unknown topic, naming its position and the allowed topics', () => {
		const message = problems({ ...goodLesson, topics: ['consent', 'hacking'] });
		expect(message).toContain('topics.1: "hacking" is not allowed. Use one of: image-manipulation,');
		expect(message).toContain('(configured in kit.config.json → "topics")');
	});

	it('rejects an unknown audience, page kind and curriculum framework', () => {
		expect(problems({ ...goodLesson, audiences: ['pupils'] })).toContain(
			'audiences.0: "pupils" is not allowed',
		);
		expect(problems({ kind: 'worksheet' })).toContain(
			'kind: "worksheet" is not allowed. Use one of: lesson, guide, help, reference',
		);
		expect(problems({ ...goodLesson, curriculumLinks: [{ framework: 'pisa', reference: 'x' }] })).toContain(
			'curriculumLinks.0.framework: "pisa" is not allowed',
		);
	});

	it('rejects a duration outside the configured range, or not in whole minutes', () => {
		expect(problems({ ...goodLesson, duration: 90 })).toContain(
			'duration: A lesson lasts 45–60 minutes (kit.config.json → "lessonMinutes"); this one says 90.',
		);
		expect(problems({ ...goodLesson, duration: 'fifty' })).toContain(
			'duration: Give the duration as a whole number of minutes',
		);
		expect(problems({ ...goodLesson, duration: 50.5 })).toContain(
			'duration: Give the duration as a whole number of minutes',
		);
	});

	it('rejects a source without a date, with a bad URL or without a publisher', () => {
		const source = goodLesson.sources[0]!;
		expect(problems({ ...goodLesson, sources: [{ ...source, date: 'last year' }] })).toContain(
			'sources.0.date: Give "date" as YYYY-MM-DD, e.g. 2025-03-03.',
		);
		expect(problems({ ...goodLesson, sources: [{ ...source, url: 'example.org' }] })).toContain(
			'sources.0.url: Give the full http(s) address of the source.',
		);
		const { publisher: _p, ...noPublisher } = source;
		expect(problems({ ...goodLesson, sources: [noPublisher] })).toMatch(/^  - sources\.0\.publisher: /m);
	});

	it('reports every problem of a lesson at once', () => {
		const message = problems({ kind: 'lesson', ageBand: 'teens' });
		expect(message).toContain('ageBand: "teens" is not allowed');
		expect(message).toContain('objectives: Lessons (kind: lesson) need "objectives"');
		expect(message).toContain('sources: Lessons (kind: lesson) need "sources"');
	});
});

describe('the translation record of a translated page', () => {
	it('accepts a source hash and a review state', () => {
		const page = schema.parse({ translation: { source: '3fa2c1d0e9ab', status: 'reviewed' } });
		expect(page.translation).toEqual({ source: '3fa2c1d0e9ab', status: 'reviewed' });
	});

	it('explains a hash that is not 12 hex characters, or that YAML read as a number', () => {
		for (const source of ['3fa2c1', 'not-a-hash!!', 1234e5678901]) {
			expect(problems({ translation: { source, status: 'reviewed' } })).toContain(
				'translation.source: Write the first 12 characters of the SHA-256 of the English source file, in quotes',
			);
		}
	});

	it('names the allowed review states', () => {
		expect(problems({ translation: { source: '3fa2c1d0e9ab', status: 'done' } })).toContain(
			"translation.status: Write the translation's status as one of: machine-assisted, reviewed",
		);
	});
});

describe('a page in an age band folder is a lesson of that band', () => {
	const inFolder = (id: string, frontmatter: Record<string, unknown>) =>
		problems(withLessonFolder(id, frontmatter));
	const { kind: _kind, ageBand: _band, ...withoutKindOrBand } = goodLesson;

	it('takes its kind and age band from the folder when the frontmatter leaves them out', () => {
		const page = schema.parse(withLessonFolder('en/lessons/8-10/ask-first', withoutKindOrBand));
		expect(page.kind).toBe('lesson');
		expect(page.ageBand).toBe('8-10');
	});

	it('needs every lesson field even without "kind: lesson", naming each missing one', () => {
		const message = inFolder('nl/lessons/11-13/no-kind', { title: 'X', description: 'Y' });
		for (const field of LESSON_FIELDS.filter((field) => !['description', 'ageBand'].includes(field))) {
			expect(message).toContain(`${field}: Lessons (kind: lesson) need "${field}"`);
		}
	});

	it('refuses an age band that disagrees with the folder, naming both', () => {
		expect(inFolder('en/lessons/14-16/x', goodLesson)).toContain(
			'ageBand: "ageBand" says 11-13 but the file is in the 14-16 folder.',
		);
	});

	it('refuses another kind of page in a band folder', () => {
		expect(inFolder('en/lessons/11-13/x', { ...goodLesson, kind: 'guide' })).toContain(
			'kind: This file is in an age band folder (lessons/…/lessons/11-13/), so it is a lesson, but it says kind: guide.',
		);
	});

	it('leaves pages outside the band folders alone', () => {
		expect(withLessonFolder('en/teachers/index', { title: 'T' })).toEqual({ title: 'T' });
		expect(lessonFolderBand('en/lessons/8-10/a/b')).toBeUndefined();
	});
});
