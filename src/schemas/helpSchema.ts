import { z } from 'astro/zod';

/** Kinds of help a country file can list, in the order the help page shows them. */
export const HELP_KINDS = [
	'child-helpline',
	'adult-helpline',
	'image-removal',
	'hotline',
	'police',
	'safer-internet-centre',
	'directory',
] as const;

const webAddress = (what: string) =>
	z.url({ protocol: /^https$/, error: `Give the full https:// address of ${what}.` });

/** A date a person checked the entry against its sources; never in the future. */
const verified = z.iso
	.date({ error: 'Write the date you last checked this entry as YYYY-MM-DD, e.g. "2026-11-21".' })
	.refine(
		(date) => new Date(date).getTime() <= Date.now(),
		'The "verified" date is in the future. Use the day you checked.',
	);

/** Pages a person read to confirm the entry: the service's own site first. */
const sources = z
	.array(webAddress('a page that confirms this entry'), {
		error: 'List the pages that confirm this entry in "sources".',
	})
	.min(1, 'List at least one page that confirms this entry in "sources".');

/** A number as callers dial it inside the country: digits, spaces, dashes, brackets, an optional "+". */
const phone = z
	.string()
	.regex(
		/^\+?\d[\d\s\-–().]*\d$/,
		'Write the number as people dial it inside the country, with digits, spaces or dashes only, e.g. "0800 1111". Put words (such as "text CONNECT") in "text".',
	);

/**
 * One service in a country file: a helpline, a hotline, an image-removal service, the police, …
 * Never add a number or a service you have not confirmed on its own website (help/README.md).
 * @example { "kind": "child-helpline", "name": "Childline", "url": "https://www.childline.org.uk", "phone": "0800 1111", … }
 */
export const helpServiceSchema = z.object({
	kind: z.enum(HELP_KINDS, { error: `Use one of: ${HELP_KINDS.join(', ')}.` }),
	/** The service's own name, as it writes it. */
	name: z.string().trim().min(1, 'Give the service’s name.'),
	url: webAddress('the service’s website'),
	phone: phone.optional(),
	/** SMS, WhatsApp or similar, in words: "Text CONNECT to 686868". */
	text: z.string().trim().min(1).optional(),
	chat: webAddress('the chat page').optional(),
	/** Opening hours as the service states them, in English. */
	hours: z.string().trim().min(1).optional(),
	/** Who it is for, as the service states it. */
	ages: z.string().trim().min(1).optional(),
	languages: z.array(z.string()).optional(),
	/** Image-removal services: true if for images taken when the person was under 18. */
	forUnder18Images: z.boolean().optional(),
	/** One plain sentence on what it does, in English. */
	summary: z
		.string()
		.trim()
		.min(1, 'Say in one sentence what the service does.')
		.max(200, 'Keep the summary under 200 characters.'),
	sources,
	verified,
});

/**
 * A country's (or `international`) help file: `help/<code>.json`, e.g. `help/nl.json`.
 * @see ../../help/README.md
 */
export const helpCountrySchema = z.object({
	/** ISO 3166-1 alpha-2 code in capitals ("NL", "GB"), or "international". */
	country: z.union([
		z.literal('international'),
		z.string().regex(/^[A-Z]{2}$/, 'Use the two-letter ISO 3166-1 code in capitals, e.g. "NL".'),
	]),
	/** The country's name in English, for people editing the file; pages show it in the reader's language. */
	name: z.string().trim().min(1),
	/** The emergency number (police, ambulance, fire) with where it was confirmed. Not in `international`. */
	emergency: z.object({ number: phone, sources, verified }).optional(),
	services: z.array(helpServiceSchema).min(1, 'List at least one service.'),
});

export type HelpCountry = z.infer<typeof helpCountrySchema>;
export type HelpService = z.infer<typeof helpServiceSchema>;
