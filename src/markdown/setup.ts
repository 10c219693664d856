import { fileURLToPath } from 'node:url';
import { lessonFolderBand } from '../lessons/lessonFolder.ts';
import { pluralForms, uiTranslator, type Translate } from '../i18n/uiTranslator.ts';
import { localeOfFile, pathInLocale } from './contentFile.ts';

export interface KitMarkdownOptions {
	locales: string[];
	defaultLocale: string;
	/** Where the locales' content lives: for each glossary (`<locale>/glossary.mdx`) and translations' sources. */
	contentDir?: URL;
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
				t: uiTranslator(locale, options.defaultLocale),
				scoreForms: pluralForms(locale, options.defaultLocale, 'kit.quiz.score'),
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
