import { z } from 'astro/zod';
import { READABILITY_MEASURES, type ReadabilityMeasureId } from '../lessons/readabilityMeasures.ts';
import { coloursSchema, DEFAULT_COLOURS } from './coloursSchema.ts';

/** Lowercase ids used in URLs, frontmatter and filters: `11-13`, `nudify-apps`, `eu-digcomp-2.2`. */
const idSchema = z
	.string()
	.regex(
		/^[a-z0-9][a-z0-9.-]*$/,
		'Use lowercase letters, digits, dots and hyphens only (e.g. "nudify-apps").',
	);

const uniqueList = (what: string) =>
	z
		.array(idSchema)
		.min(1, `List at least one ${what}.`)
		.refine((list) => new Set(list).size === list.length, `Each ${what} must be listed only once.`);

/**
 * The site's logo, shown beside (or instead of) the kit's name in the header.
 * @example { "src": "src/assets/logo.svg", "alt": "" }
 */
export const logoSchema = z.object({
	/** Path from the project root to an image in `src/assets/` or `public/`. */
	src: z
		.string()
		.regex(
			/^(src\/assets|public)\/[^\s]+\.(svg|png|jpe?g|webp|avif|gif)$/i,
			'Give the path of an image file in src/assets/ or public/, e.g. "src/assets/logo.svg".',
		),
	/** Alternative text. Leave it empty when the kit's name is shown beside the logo. */
	alt: z.string().default(''),
	/** Show only the logo; the kit's name stays in the page for screen readers. */
	replacesTitle: z.boolean().default(false),
});

/**
 * One locale of the kit.
 * @example { "code": "ar", "label": "العربية", "lang": "ar", "dir": "rtl" }
 */
export const localeSchema = z.object({
	/** URL prefix and folder name under `lessons/`, e.g. `pt-br` → `lessons/pt-br/` and `/pt-br/`. */
	code: z
		.string()
		.regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, 'Use a lowercase locale code such as "nl" or "pt-br".'),
	/** The language's own name for itself, shown in the language picker. */
	label: z.string().min(1, 'Give the language name as its speakers write it, e.g. "Nederlands".'),
	/** BCP 47 tag written to `<html lang>`, e.g. `pt-BR`. */
	lang: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'Use a BCP 47 tag such as "nl" or "pt-BR".'),
	/** Writing direction. */
	dir: z.enum(['ltr', 'rtl'], { error: 'Use "ltr" or "rtl".' }).default('ltr'),
	/**
	 * Countries whose help this locale's readers most likely need, listed first on the help pages.
	 * Two-letter ISO codes of country packs in `countries/`; the first one's law is shown by default.
	 * @example ["NL", "BE"]
	 */
	helpCountries: z
		.array(z.string().regex(/^[A-Z]{2}$/, 'Use two-letter ISO country codes in capitals, e.g. "NL".'))
		.default([]),
	/**
	 * Where "Leave this site" goes for this locale's readers: an everyday site common where they
	 * live, so a Dutch reader is not sent to a British weather page. Default: the kit's `quickExitUrl`.
	 * @example "https://www.buienradar.nl/"
	 */
	quickExitUrl: z
		.url({ protocol: /^https$/, error: 'Give the full https:// address of a neutral site.' })
		.optional(),
});

/**
 * Everything a fork of the kit changes lives in `kit.config.json`, validated by this schema.
 * @see ../../docs/fork-and-localise.md#2-rebrand-it-kitconfigjson (every setting)
 */
export const kitConfigSchema = z
	.object({
		/** Organisation or kit name, shown as the site title. */
		name: z.string().trim().min(1, 'Give the kit or organisation name shown as the site title.'),
		logo: logoSchema.optional(),
		colours: coloursSchema.default(DEFAULT_COLOURS),
		/**
		 * Where readers send questions and feedback, linked in every page's footer: a web page or
		 * an e-mail address.
		 * @example { "url": "mailto:lessons@example.org" }
		 */
		contact: z
			.object({
				url: z.url({
					protocol: /^(https|mailto)$/,
					error: 'Give a full https:// address or a mailto: address, e.g. "mailto:lessons@example.org".',
				}),
			})
			.optional(),
		/** Public URL of the deployed site; the `SITE_URL` environment variable overrides it. */
		site: z.url({ error: 'Give a full URL such as "https://lessons.example.org".' }),
		/** Path the site is served under; the `BASE_PATH` environment variable overrides it. @example "/kit/" */
		base: z.string().startsWith('/', 'The base path must start with "/", e.g. "/" or "/kit/".'),
		/** Code of the source locale that every other locale falls back to. */
		defaultLocale: z.string(),
		/** Every locale the site is built in. One folder per locale under `lessons/`. */
		locales: z.array(localeSchema).min(1),
		/** Age band ids, youngest first. A lesson's `ageBand` must be one of these. @example ["8-10", "11-13"] */
		ageBands: uniqueList('age band').refine(
			(bands) => bands.every((band) => /^\d+-\d+$/.test(band)),
			'Write each age band as "from-to", e.g. "11-13".',
		),
		/** Topic ids; labels live in the UI strings as `topic.<id>`. */
		topics: uniqueList('topic'),
		/** Audience ids; labels live in the UI strings as `audience.<id>`. */
		audiences: uniqueList('audience'),
		/** Curriculum frameworks a lesson may link to; labels live in the UI strings as `framework.<id>`. */
		curriculumFrameworks: uniqueList('curriculum framework'),
		/** The range a lesson's `duration` (minutes) must fall in. */
		lessonMinutes: z
			.object({ min: z.number().int().positive(), max: z.number().int().positive() })
			.refine(({ min, max }) => min <= max, '"min" must not be larger than "max".'),
		/** The licences shown in the footer and on printed pages. */
		licence: z.object({
			code: z.string().min(1, 'Name the code licence, e.g. "MIT".'),
			content: z.string().min(1, 'Name the content licence, e.g. "CC BY-SA 4.0".'),
			contentUrl: z.url({ error: 'Give the full address of the content licence.' }),
		}),
		/**
		 * Where the "Leave this site" button goes: an everyday site that draws no attention.
		 * @example "https://www.bbc.co.uk/weather"
		 */
		quickExitUrl: z.url({ protocol: /^https$/, error: 'Give the full https:// address of a neutral site.' }),
		/**
		 * Per locale, the readability measure valid for its language and each age band's limit for
		 * the pupil text of its lessons (`npm run readability`; checked in `npm test`). A locale
		 * without an entry is reported as not measured. Why these limits: docs/authors-guide.md.
		 * @example { "en": { "measure": "flesch-kincaid-grade", "limits": { "8-10": 3 } }, "nl": { "measure": "flesch-douma", "limits": { "8-10": 80 } } }
		 */
		readingLevel: z
			.record(
				z.string(),
				z.object({
					measure: z.enum(
						Object.keys(READABILITY_MEASURES) as [ReadabilityMeasureId, ...ReadabilityMeasureId[]],
						{
							error: `Use a measure made for the locale's language: ${Object.keys(READABILITY_MEASURES).join(', ')}.`,
						},
					),
					limits: z.record(z.string(), z.number()),
				}),
			)
			.default({}),
	})
	.refine(
		(config) =>
			Object.values(config.readingLevel).every(({ limits }) =>
				Object.keys(limits).every((band) => config.ageBands.includes(band)),
			),
		{
			message: '"readingLevel" limits may only name age bands listed in "ageBands".',
			path: ['readingLevel'],
		},
	)
	.refine(
		(config) =>
			Object.keys(config.readingLevel).every((code) => config.locales.some((locale) => locale.code === code)),
		{
			message: '"readingLevel" may only name locales listed in "locales".',
			path: ['readingLevel'],
		},
	)
	.refine((config) => config.locales.some((locale) => locale.code === config.defaultLocale), {
		message: 'defaultLocale must be the code of one of the entries in "locales".',
		path: ['defaultLocale'],
	})
	.refine((config) => new Set(config.locales.map((l) => l.code)).size === config.locales.length, {
		message: 'Each locale code may appear only once in "locales".',
		path: ['locales'],
	});

export type KitConfig = z.infer<typeof kitConfigSchema>;
export type KitLocale = z.infer<typeof localeSchema>;
