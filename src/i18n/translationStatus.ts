import { createHash } from 'node:crypto';

/**
 * How far a translation has been checked. `machine-assisted`: drafted with a translation tool (or
 * by someone who is not a native speaker) and not yet checked; `reviewed`: a native speaker who
 * knows the subject has checked it against the source.
 */
export const TRANSLATION_REVIEW_STATES = ['machine-assisted', 'reviewed'] as const;
export type TranslationReview = (typeof TRANSLATION_REVIEW_STATES)[number];

/** How many hex characters of the SHA-256 a translation records: enough to tell versions apart. */
export const SOURCE_HASH_LENGTH = 12;

/** What a translated page records in its frontmatter (`translation: { source, status }`). */
export interface TranslationRecord {
	/** `sourceHash()` of the source-locale file when it was translated. */
	source: string;
	status: TranslationReview;
}

/**
 * The version of a source file: the first 12 hex characters of the SHA-256 of its text, with
 * Windows line endings made Unix ones so a checkout on any system gives the same hash. A content
 * hash, not a Git commit, so it works in forks and zip downloads without history.
 */
export function sourceHash(text: string): string {
	return createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('hex').slice(0, SOURCE_HASH_LENGTH);
}

/**
 * A page's state in one locale:
 * - `missing`: no translation; readers get the source page with Starlight's notice;
 * - `outdated`: translated from an older version of the source (readers see a notice);
 * - `untracked`: translated, but it does not record which version (the build asks for it);
 * - `machine-assisted` / `reviewed`: translated from the current source.
 */
export type PageState = 'missing' | 'outdated' | 'untracked' | TranslationReview;

export interface PageStatus {
	/** Path inside the locale folder, e.g. `young-people/index.md`. */
	path: string;
	state: PageState;
	/** The source file's current hash: what an up-to-date translation records. */
	sourceHash: string;
	/** What the translation records, if anything. */
	translation?: TranslationRecord;
}

export interface LocaleStatus {
	locale: string;
	/** One entry per source page, in the source's order. */
	pages: PageStatus[];
	counts: {
		/** Source pages. */
		total: number;
		/** Source pages with a translation, whatever its state. */
		translated: number;
		missing: number;
		outdated: number;
		untracked: number;
		/** Translations recorded as machine-assisted / reviewed, outdated ones included. */
		machineAssisted: number;
		reviewed: number;
	};
	/** Pages that exist only in this locale (no source page): fine, but never counted. */
	ownPages: string[];
	/** UI strings this locale needs: every source key, plural keys in every form the language uses. */
	uiStringsTotal: number;
	/** Needed UI strings that are absent, or still the English placeholder (`i18n:add`). */
	missingUiStrings: string[];
}

export interface TranslationReport {
	sourceLocale: string;
	/** Source pages by path inside the locale folder, with their current hash. */
	sourcePages: Record<string, string>;
	locales: LocaleStatus[];
}

export interface LocaleInput {
	code: string;
	/** BCP 47 tag, to know which plural forms the language's UI strings need. */
	lang: string;
	/** Every page in the locale's folder, by path, with its translation record if it has one. */
	pages: Record<string, TranslationRecord | undefined>;
	uiStrings: Record<string, string>;
	/**
	 * Keys that were filled with the source text as a placeholder (`src/content/i18n/_untranslated.json`).
	 * Such a key counts as missing while its text is still the source's.
	 */
	placeholderKeys?: readonly string[];
}

export interface ReportInput {
	sourceLocale: string;
	/** Source pages by path inside the locale folder, with their current `sourceHash()`. */
	sourcePages: Record<string, string>;
	sourceUiStrings: Record<string, string>;
	/** Every other locale. */
	locales: LocaleInput[];
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Compares every locale with the source locale: pages translated, missing and outdated, and UI strings. */
export function translationReport(input: ReportInput): TranslationReport {
	return {
		sourceLocale: input.sourceLocale,
		sourcePages: input.sourcePages,
		locales: input.locales.map((locale) => localeStatus(input, locale)),
	};
}

function localeStatus(input: ReportInput, locale: LocaleInput): LocaleStatus {
	const pages = Object.entries(input.sourcePages).map(([path, hash]): PageStatus => {
		if (!(path in locale.pages)) return { path, state: 'missing', sourceHash: hash };
		const translation = locale.pages[path];
		if (!translation) return { path, state: 'untracked', sourceHash: hash };
		const state = translation.source === hash ? translation.status : 'outdated';
		return { path, state, sourceHash: hash, translation };
	});
	const count = (test: (page: PageStatus) => boolean) => pages.filter(test).length;
	const needed = neededUiStrings(input.sourceUiStrings, locale.lang);
	const placeholders = new Set(locale.placeholderKeys ?? []);
	const missingUiStrings = needed.filter(({ key, sourceText }) => {
		const text = locale.uiStrings[key];
		return text === undefined || text.trim() === '' || (placeholders.has(key) && text === sourceText);
	});
	return {
		locale: locale.code,
		pages,
		counts: {
			total: pages.length,
			translated: count((page) => page.state !== 'missing'),
			missing: count((page) => page.state === 'missing'),
			outdated: count((page) => page.state === 'outdated'),
			untracked: count((page) => page.state === 'untracked'),
			machineAssisted: count((page) => page.translation?.status === 'machine-assisted'),
			reviewed: count((page) => page.translation?.status === 'reviewed'),
		},
		ownPages: Object.keys(locale.pages).filter((path) => !(path in input.sourcePages)),
		uiStringsTotal: needed.length,
		missingUiStrings: missingUiStrings.map(({ key }) => key),
	};
}

/**
 * The UI strings a locale needs, with the source text each stands for. Plural keys (`_one`,
 * `_other`, …) are needed in the forms the locale's language uses, which are not English's:
 * Arabic has six, Japanese one.
 */
export function neededUiStrings(
	source: Record<string, string>,
	lang: string,
): { key: string; sourceText: string }[] {
	const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
	const needed = new Map<string, string>();
	for (const [key, text] of Object.entries(source)) {
		if (!PLURAL_SUFFIX.test(key)) {
			needed.set(key, text);
			continue;
		}
		const base = key.replace(PLURAL_SUFFIX, '');
		for (const form of forms) {
			const formKey = `${base}_${form}`;
			if (!needed.has(formKey)) needed.set(formKey, source[formKey] ?? source[`${base}_other`] ?? text);
		}
	}
	return [...needed].map(([key, sourceText]) => ({ key, sourceText }));
}
