import { z } from 'astro/zod';

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
	 * Two-letter ISO codes of files in `help/`.
	 * @example ["NL", "BE"]
	 */
	helpCountries: z
		.array(z.string().regex(/^[A-Z]{2}$/, 'Use two-letter ISO country codes in capitals, e.g. "NL".'))
		.default([]),
});

/**
 * Everything a fork of the kit changes lives in `kit.config.json`, validated by this schema.
 * @see ../../README.md#forking
 */
export const kitConfigSchema = z
	.object({
		/** Organisation or kit name, shown as the site title. */
		name: z.string().min(1),
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
		licence: z.object({ code: z.string(), content: z.string(), contentUrl: z.url() }),
		/**
		 * Where the "Leave this site" button goes: an everyday site that draws no attention.
		 * @example "https://www.bbc.co.uk/weather"
		 */
		quickExitUrl: z.url({ protocol: /^https$/, error: 'Give the full https:// address of a neutral site.' }),
		/**
		 * Highest Flesch–Kincaid grade allowed for the pupil text of English lessons, per age band
		 * (`npm run readability`; checked in `npm test`). Why these limits: docs/authors-guide.md.
		 * @example { "8-10": 4, "11-13": 6 }
		 */
		readingGrade: z.record(z.string(), z.number().positive()).optional(),
	})
	.refine(
		(config) => Object.keys(config.readingGrade ?? {}).every((band) => config.ageBands.includes(band)),
		{
			message: '"readingGrade" may only name age bands listed in "ageBands".',
			path: ['readingGrade'],
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
