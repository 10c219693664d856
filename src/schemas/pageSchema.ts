import { z } from 'astro/zod';
import { SOURCE_HASH_LENGTH, TRANSLATION_REVIEW_STATES } from '../i18n/translationStatus.ts';
import type { KitConfig } from './kitConfigSchema.ts';

/** Also shown when YAML reads an unquoted hash such as 1234e5678901 as a number. */
const TRANSLATION_SOURCE_HELP =
	'Write the first 12 characters of the SHA-256 of the English source file, in quotes, e.g. source: "3fa2c1d0e9ab". `npm run i18n:status` prints it for every page.';

/** The kinds of page in the kit. Lessons carry the full lesson-plan metadata. */
export const PAGE_KINDS = ['lesson', 'guide', 'help', 'reference'] as const;

type ListConfig = Pick<
	KitConfig,
	'ageBands' | 'topics' | 'audiences' | 'curriculumFrameworks' | 'lessonMinutes'
>;

/** What each required lesson field is for, shown when a lesson leaves it out. */
const LESSON_FIELD_HINTS = {
	description: 'a one-line summary shown in search results and the catalogue.',
	ageBand: 'the age band the lesson is written for.',
	duration: 'the length of the lesson in minutes.',
	topics: 'a list of topic ids.',
	objectives: 'a list of measurable learning objectives ("Pupils can …").',
	keyPoints: 'a list of the key points pupils should leave with.',
	materials: 'a list of what the teacher needs (write "None" if nothing).',
	preparation: 'a list of what the teacher does before the lesson.',
	contentNote: 'a short note on sensitive content, for the teacher.',
	curriculumLinks: 'a list of { framework, reference } links to curriculum frameworks.',
	sources:
		'a list of { title, publisher, url, date } (or accessed, for an undated page) for every factual claim.',
} as const;

export type LessonField = keyof typeof LESSON_FIELD_HINTS;
export const LESSON_FIELDS = Object.keys(LESSON_FIELD_HINTS) as LessonField[];

/** An enum whose error names the allowed values and where they are configured. */
function oneOf(values: readonly string[], configKey: string) {
	return z.enum(values as [string, ...string[]], {
		error: (issue) =>
			`${JSON.stringify(issue.input)} is not allowed. Use one of: ${values.join(', ')} ` +
			`(configured in kit.config.json → "${configKey}").`,
	});
}

const textList = (what: string) =>
	z.array(z.string().trim().min(1, `Write some text for each ${what}; remove empty items.`), {
		error: `Write ${what}s as a YAML list ("- …" on each line).`,
	});

const day = (field: string) =>
	z.coerce
		.date({ error: `Give "${field}" as YYYY-MM-DD, e.g. 2025-03-03.` })
		.refine((value) => value.getTime() <= Date.now(), {
			error: `"${field}" is in the future: give the day it was published or read.`,
		});

/**
 * A factual source. Every claim in a lesson or guide must be backed by one. `date` is when the
 * source was published (or last updated); a page that shows no date gets `accessed`, the day an
 * author read it, instead, so readers are never told an undated page is newer than it is.
 * @example { title: "Deepfake Nudes & Young People", publisher: "Thorn", url: "https://…", date: 2025-03-03 }
 * @example { title: "Take It Down: FAQ", publisher: "NCMEC", url: "https://…", accessed: 2026-11-21 }
 */
export const sourceSchema = z
	.object({
		title: z.string().trim().min(1, 'Give the title of the source.'),
		publisher: z.string().trim().min(1, 'Give the organisation that published the source.'),
		url: z.url({
			protocol: /^https?$/,
			error: 'Give the full http(s) address of the source.',
		}),
		/** Publication or last-updated date (YYYY-MM-DD). */
		date: day('date').optional(),
		/** The day an author read a source that shows no date (YYYY-MM-DD). */
		accessed: day('accessed').optional(),
	})
	.refine((source) => source.date || source.accessed, {
		error:
			'Give "date" (when it was published, YYYY-MM-DD) or, if the page shows no date, "accessed" (the day you read it).',
		path: ['date'],
	});

/**
 * What a translated page translates, and how far it has been checked. `npm run i18n:status`
 * prints the hash of every source page; docs/translators-guide.md explains the workflow.
 * @example translation: { source: "3fa2c1d0e9ab", status: machine-assisted }
 */
export const translationSchema = z.object(
	{
		/** The first 12 hex characters of the SHA-256 of the source-locale file this page translates. */
		source: z
			.string({ error: TRANSLATION_SOURCE_HELP })
			.regex(new RegExp(`^[0-9a-f]{${SOURCE_HASH_LENGTH}}$`), TRANSLATION_SOURCE_HELP),
		/** `machine-assisted` until a native speaker has checked it, then `reviewed`. */
		status: z.enum(TRANSLATION_REVIEW_STATES, {
			error: `Write the translation's status as one of: ${TRANSLATION_REVIEW_STATES.join(', ')} ("reviewed" only once a native speaker has checked it).`,
		}),
	},
	{ error: 'Write "translation" as { source: <hash>, status: machine-assisted | reviewed }.' },
);

/**
 * The kit's frontmatter, merged into Starlight's `docsSchema`. Every page has a `kind`;
 * lessons must carry the full plan metadata, checked against the lists in `kit.config.json`.
 */
export function pageSchema(config: ListConfig) {
	const { min, max } = config.lessonMinutes;
	return z
		.object({
			/** What sort of page this is. @example kind: lesson */
			kind: oneOf(PAGE_KINDS, 'page kinds: lesson, guide, help, reference').default('reference'),
			/** Starlight's own field, repeated here so a lesson can require it. */
			description: z.string().optional(),
			/** @example ageBand: 11-13 */
			ageBand: oneOf(config.ageBands, 'ageBands').optional(),
			/** Lesson length in minutes. @example duration: 50 */
			duration: z
				.number({
					error: 'Give the duration as a whole number of minutes, e.g. 50.',
				})
				.int('Give the duration as a whole number of minutes, e.g. 50.')
				.optional(),
			/** @example topics: [consent, getting-help] */
			topics: z.array(oneOf(config.topics, 'topics')).optional(),
			/** Who the page is for; used by search filters. @example audiences: [teachers] */
			audiences: z.array(oneOf(config.audiences, 'audiences')).optional(),
			objectives: textList('learning objective').optional(),
			keyPoints: textList('key point').optional(),
			materials: textList('material').optional(),
			preparation: textList('preparation step').optional(),
			contentNote: z.string().trim().min(1, 'Write the content note, or remove the field.').optional(),
			curriculumLinks: z
				.array(
					z.object({
						framework: oneOf(config.curriculumFrameworks, 'curriculumFrameworks'),
						/** Strand, theme or section within the framework. @example "Online relationships" */
						reference: z.string().trim().min(1, 'Name the strand or section of the framework.'),
					}),
				)
				.optional(),
			sources: z.array(sourceSchema).optional(),
			/** On a translated page: which version of the source it translates, and its review state. */
			translation: translationSchema.optional(),
			/**
			 * Set by the loader, never by authors: the age band folder of a page in
			 * `lessons/<locale>/lessons/<band>/` (src/lessons/lessonFolder.ts).
			 */
			lessonFolder: z.string().optional(),
		})
		.superRefine(
			(page, ctx) => {
				if (page.lessonFolder !== undefined) checkLessonFolder(page, page.lessonFolder, ctx);
				if (page.kind !== 'lesson') return;
				for (const field of LESSON_FIELDS) {
					const value = page[field];
					if (value === undefined || (Array.isArray(value) && value.length === 0)) {
						ctx.addIssue({
							code: 'custom',
							path: [field],
							message: `Lessons (kind: lesson) need "${field}": ${LESSON_FIELD_HINTS[field]}`,
						});
					}
				}
				if (typeof page.duration === 'number' && (page.duration < min || page.duration > max)) {
					ctx.addIssue({
						code: 'custom',
						path: ['duration'],
						message: `A lesson lasts ${min}–${max} minutes (kit.config.json → "lessonMinutes"); this one says ${page.duration}.`,
					});
				}
			},
			// Report missing lesson fields even when another field is also wrong, so an author
			// sees every problem in one build instead of fixing them one at a time.
			{ when: () => true },
		);
}

/** A page in an age band's folder is a lesson of that band: it cannot say otherwise. */
function checkLessonFolder(
	page: { kind: string; ageBand?: string | undefined },
	folder: string,
	ctx: z.RefinementCtx,
) {
	if (page.kind !== 'lesson') {
		ctx.addIssue({
			code: 'custom',
			path: ['kind'],
			message: `This file is in an age band folder (lessons/…/lessons/${folder}/), so it is a lesson, but it says kind: ${page.kind}. Remove "kind" (the folder makes it a lesson), or move the file out of lessons/…/lessons/.`,
		});
	}
	if (page.ageBand !== folder) {
		ctx.addIssue({
			code: 'custom',
			path: ['ageBand'],
			message: `"ageBand" says ${page.ageBand} but the file is in the ${folder} folder. Remove "ageBand" (the folder sets it), or move the file to lessons/…/lessons/${page.ageBand}/.`,
		});
	}
}

export type PageData = z.infer<ReturnType<typeof pageSchema>>;
