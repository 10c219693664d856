import { fileURLToPath } from 'node:url';
import { lessonFolderBand } from '../lessons/lessonFolder.ts';
import type { KitTranslations, Translate } from '../i18n/kitTranslations.ts';
import { localeOfFile, pathInLocale } from './contentFile.ts';

export interface KitMarkdownOptions {
	locales: string[];
	defaultLocale: string;
	/** Where the locales' content lives: for each glossary (`<locale>/glossary.md`) and translations' sources. */
	contentDir?: URL;
	/** UI strings: Starlight's i18next (src/i18n/kitTranslations.ts). */
	translations: KitTranslations;
	/** Each locale's BCP 47 tag, where it differs from its code (`pt-br` → `pt-BR`). */
	langs?: Record<string, string>;
	/**
	 * Each locale's help countries (`kit.config.json` → `locales[].helpCountries`): the first with a
	 * country pack is the law its readers' law cards show by default. A locale without any shows
	 * international law.
	 */
	helpCountries?: Record<string, readonly string[]>;
}

/** What the kit's plugins know about the file being compiled. */
export interface KitFile {
	locale: string;
	defaultLocale: string;
	contentDir: URL | undefined;
	/** A lesson lives in an age band folder: `lessons/<locale>/lessons/<band>/`. */
	isLesson: boolean;
	/** UI strings in the file's locale. */
	t: Translate;
	/** Every plural form of the quiz score, for the quiz script in the browser. */
	scoreForms: Record<string, string>;
}

/** Shared by every plugin of one build: options, and each locale's UI strings, read once. */
export interface KitMarkdownSetup {
	options: KitMarkdownOptions;
	fileInfo(fileURL: URL | undefined): KitFile;
}

export function kitMarkdownSetup(options: KitMarkdownOptions): KitMarkdownSetup {
	const strings = new Map<string, Pick<KitFile, 't' | 'scoreForms'>>();
	const stringsOf = (locale: string) => {
		if (!strings.has(locale)) {
			strings.set(locale, {
				t: options.translations.of(options.langs?.[locale] ?? locale),
				scoreForms: options.translations.pluralForms(
					options.langs?.[locale] ?? locale,
					'kit.quiz.score',
					options.langs?.[options.defaultLocale] ?? options.defaultLocale,
				),
			});
		}
		return strings.get(locale)!;
	};
	return {
		options,
		fileInfo(fileURL) {
			const locale = localeOfFile(fileURL, options.locales, options.defaultLocale);
			const inLocale = fileURL && pathInLocale(fileURLToPath(fileURL), locale)?.replace(/\.mdx?$/, '');
			return {
				locale,
				defaultLocale: options.defaultLocale,
				contentDir: options.contentDir,
				isLesson: inLocale !== undefined && lessonFolderBand(`${locale}/${inLocale}`) !== undefined,
				...stringsOf(locale),
			};
		},
	};
}

/** The page's frontmatter as Astro hands it to Markdown plugins (`remarkPluginFrontmatter`). */
export function frontmatterOf(data: Record<string, unknown>): Record<string, unknown> | undefined {
	return (data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter;
}
