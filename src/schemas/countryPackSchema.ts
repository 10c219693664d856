import { z } from 'astro/zod';
import { SOURCE_HASH_LENGTH, TRANSLATION_REVIEW_STATES } from '../i18n/translationStatus.ts';

/** Kinds of help a pack can list, in the order the help page shows them. */
export const HELP_KINDS = [
	'child-helpline',
	'parent-helpline',
	'adult-image-abuse',
	'image-removal',
	'hotline',
	'police',
	'safer-internet-centre',
	'directory',
] as const;

/** What a law statement is about; every country pack covers each, or lists it in `lawGaps`. */
export const LAW_TOPICS = [
	'fake-adult',
	'fake-child',
	'sharing',
	'child-images',
	'sextortion',
	'ages',
	'platforms',
	'police',
] as const;
/** `regions` is only for countries whose law differs inside them (countries/README.md). */
export const ALL_LAW_TOPICS = [...LAW_TOPICS, 'regions'] as const;

/** Sources a reader can trust; `other` (news, archives, document sites) may only be an extra. */
export const SOURCE_TYPES = ['own', 'directory', 'government', 'legislation', 'other'] as const;

const id = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case letters, digits and dashes, e.g. "kindertelefoon".');
const isoDay = (field: string) =>
	z.iso
		.date({ error: `Write "${field}" as YYYY-MM-DD, e.g. "2026-11-29".` })
		.refine(
			(day) => new Date(day).getTime() <= Date.now(),
			`"${field}" is in the future. Use the day it happened.`,
		);

/** A number as callers dial it inside the country: digits, spaces, dashes, brackets, an optional "+". */
export const phoneSchema = z
	.string()
	.regex(
		/^\+?\d[\d\s\-–().]*\d$/,
		'Write the number as people dial it inside the country, with digits, spaces or dashes only, e.g. "0800 1111". Put words (such as "text CONNECT to 686868") in the "text" words of en.json.',
	);

/**
 * A page a person read to confirm an entry, and how: on the live site, or in a stored copy.
 * @example { "url": "https://www.kindertelefoon.nl/…", "type": "own", "lang": "nl", "checked": { "on": "2026-11-29", "how": "stored-copy" } }
 */
export const packSourceSchema = z.object({
	title: z.string().trim().min(1).optional(),
	url: z.url({ protocol: /^https?$/, error: 'Give the full http(s) address of the source.' }),
	type: z.enum(SOURCE_TYPES, { error: `Use one of: ${SOURCE_TYPES.join(', ')} (countries/README.md).` }),
	/** The language the page is written in. */
	lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'Give the page’s language as a code, e.g. "nl".'),
	/** When it was published or last changed, if the page says. */
	date: isoDay('date').optional(),
	checked: z.object(
		{
			on: isoDay('checked.on'),
			how: z.enum(['live', 'stored-copy'], {
				error: 'Say how it was checked: "live" (the live page) or "stored-copy" (a stored copy of it).',
			}),
			/** The date a stored copy shows, when it shows one. */
			copyDate: isoDay('checked.copyDate').optional(),
		},
		{
			error:
				'Say when and how the source was checked: "checked": { "on": "YYYY-MM-DD", "how": "live" | "stored-copy" }.',
		},
	),
});

const sources = z
	.array(packSourceSchema, { error: 'List the pages that confirm this in "sources".' })
	.min(1, 'List at least one page that confirms this in "sources".');

/** One service: a helpline, hotline, removal service, the police … Its words are in en.json. */
export const packHelpSchema = z.object({
	id,
	kind: z.enum(HELP_KINDS, { error: `Use one of: ${HELP_KINDS.join(', ')}.` }),
	/** The service's own name, as it writes it. */
	name: z.string().trim().min(1, 'Give the service’s name.'),
	url: z.url({ protocol: /^https$/, error: 'Give the full https:// address of the service’s website.' }),
	phone: phoneSchema.optional(),
	chat: z.url({ protocol: /^https$/, error: 'Give the full https:// address of the chat page.' }).optional(),
	languages: z.array(z.string()).optional(),
	/** Image-removal services: true for images of under-18s, false for images of adults. */
	forUnder18Images: z.boolean().optional(),
	sources,
});

/** One plain statement of the law; its words are in en.json. */
export const packLawSchema = z.object({
	id,
	topic: z.enum(ALL_LAW_TOPICS, { error: `Use one of: ${ALL_LAW_TOPICS.join(', ')}.` }),
	/** One of the pack's `regions`, when it applies in one part of the country only. */
	region: id.optional(),
	status: z.enum(['in-force', 'passed', 'announced'], {
		error: 'Use "in-force", "passed" (not yet in force) or "announced".',
	}),
	/** When it came, or comes, into force. */
	inForce: z.iso.date({ error: 'Write "inForce" as YYYY-MM-DD.' }).optional(),
	sources,
});

/**
 * A country pack's facts: `countries/<code>/pack.json` (countries/README.md).
 * @example { "country": "NL", "languages": ["nl"], "memberOf": ["EU"], "help": […], "law": […], "lawGaps": […] }
 */
export const countryPackSchema = z.object({
	/** ISO 3166-1 code in capitals, or "EU" or "international". */
	country: z.union([
		z.literal('international'),
		z
			.string()
			.regex(
				/^[A-Z]{2}$/,
				'Use the two-letter ISO 3166-1 code in capitals, e.g. "NL" (or "EU", "international").',
			),
	]),
	languages: z.array(z.string()).min(1, 'List the languages the country’s own sources are written in.'),
	memberOf: z.array(z.string()).optional(),
	regions: z.array(id).optional(),
	emergency: z.object({ number: phoneSchema, sources }).optional(),
	help: z.array(packHelpSchema),
	law: z.array(packLawSchema),
	lawGaps: z
		.array(
			z.object({
				topic: z.enum(ALL_LAW_TOPICS, { error: `Use one of: ${ALL_LAW_TOPICS.join(', ')}.` }),
				region: id.optional(),
				note: z.string().trim().min(1, 'Say for maintainers what could not be confirmed, and where to look.'),
			}),
		)
		.optional(),
});

const words = (what: string) => z.string().trim().min(1, `Write the ${what}, or leave the field out.`);

/** A pack's words in one locale: `countries/<code>/<locale>.json`. */
export const packWordsSchema = z.object({
	translation: z
		.object({
			source: z
				.string()
				.regex(
					new RegExp(`^[0-9a-f]{${SOURCE_HASH_LENGTH}}$`),
					'Record which version of en.json this translates: run `npm run i18n:stamp -- <locale>`.',
				),
			status: z.enum(TRANSLATION_REVIEW_STATES, {
				error: `Use one of: ${TRANSLATION_REVIEW_STATES.join(', ')} ("reviewed" only once a native speaker has checked it).`,
			}),
		})
		.optional(),
	help: z
		.record(
			z.string(),
			z.object({
				summary: words('summary').max(
					300,
					'Keep the summary under 300 characters (200 in the source locale).',
				),
				hours: words('hours').optional(),
				ages: words('ages').optional(),
				text: words('text').optional(),
			}),
		)
		.default({}),
	law: z.record(z.string(), words('statement')).default({}),
	regions: z.record(z.string(), words('region name')).optional(),
});

export type CountryPackFacts = z.infer<typeof countryPackSchema>;
export type PackWords = z.infer<typeof packWordsSchema>;
export type PackSource = z.infer<typeof packSourceSchema>;
export type PackHelp = z.infer<typeof packHelpSchema>;
export type PackLaw = z.infer<typeof packLawSchema>;
