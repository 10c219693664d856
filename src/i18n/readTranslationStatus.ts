import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { packSourcePath, packWordsFiles, readPackWordsRecord } from '../countries/packWordsFiles.ts';
import type { KitConfig } from '../schemas/kitConfigSchema.ts';
import {
	sourceHash,
	translationReport,
	type TranslationRecord,
	type TranslationReport,
} from './translationStatus.ts';

/** File name endings Starlight reads as pages (its docs loader). */
const PAGE_FILE = /\.(md|mdx|markdown|mdown|mkdn|mkd|mdwn)$/;

/**
 * Placeholder UI strings: for each locale, the keys that `npm run i18n:add` filled with the source
 * text. Starlight skips files whose name starts with `_`, so it never reads this as a locale.
 */
export const PLACEHOLDER_FILE = 'src/content/i18n/_untranslated.json';

/**
 * Every page file of one locale (`lessons/<locale>/…`), as paths inside the locale folder with
 * `/` separators. Files starting with `_` are skipped, as Starlight skips them.
 */
export function localePageFiles(root: string, locale: string): string[] {
	const dir = join(root, 'lessons', locale);
	if (!existsSync(dir)) return [];
	const files = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && PAGE_FILE.test(entry.name) && !entry.name.startsWith('_'))
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
	return files.sort();
}

/** The `translation` record in a page's frontmatter, or undefined if it has none (or no usable one). */
export function readTranslationRecord(text: string): TranslationRecord | undefined {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(\r?\n|$)/.exec(text);
	if (!match) return undefined;
	let data: unknown;
	try {
		data = parseYaml(match[1]!);
	} catch {
		return undefined;
	}
	const translation = (data as { translation?: Partial<TranslationRecord> } | null)?.translation;
	if (typeof translation?.source !== 'string' || typeof translation.status !== 'string') return undefined;
	return { source: translation.source, status: translation.status };
}

/** The current hash of a source page, or undefined when the source locale has no such page. */
export function currentSourceHash(root: string, sourceLocale: string, path: string): string | undefined {
	const file = join(root, 'lessons', sourceLocale, path);
	return existsSync(file) ? sourceHash(readFileSync(file, 'utf8')) : undefined;
}

function readJson(file: string): Record<string, unknown> {
	if (!existsSync(file)) return {};
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
	} catch (error) {
		throw new Error(`${file}: not valid JSON (${(error as Error).message}).`);
	}
}

/**
 * Reads the project at `root` (content in `lessons/`, the country packs' words in `countries/`, UI
 * strings in `src/content/i18n/`) and reports every locale's translation status against the source
 * locale. A pack's words count as one page each: `countries/<pack>/<locale>.json`, keyed by the
 * source file's path (`countries/nl/en.json`).
 * Used by `npm run i18n:status` and by the translation status page, so both say the same.
 */
export function readTranslationReport(root: string, kit: KitConfig): TranslationReport {
	const sourceLocale = kit.defaultLocale;
	const sourcePages = Object.fromEntries([
		...localePageFiles(root, sourceLocale).map((path) => [
			path,
			sourceHash(readFileSync(join(root, 'lessons', sourceLocale, path), 'utf8')),
		]),
		...packWordsFiles(root, sourceLocale).map((path) => [
			path,
			sourceHash(readFileSync(join(root, path), 'utf8')),
		]),
	]);
	const uiStrings = (code: string) =>
		readJson(join(root, 'src/content/i18n', `${code}.json`)) as Record<string, string>;
	const placeholders = readJson(join(root, PLACEHOLDER_FILE)) as Record<string, string[]>;
	return translationReport({
		sourceLocale,
		sourcePages,
		sourceUiStrings: uiStrings(sourceLocale),
		locales: kit.locales
			.filter(({ code }) => code !== sourceLocale)
			.map(({ code, lang }) => ({
				code,
				lang,
				pages: Object.fromEntries([
					...localePageFiles(root, code).map((path) => [
						path,
						readTranslationRecord(readFileSync(join(root, 'lessons', code, path), 'utf8')),
					]),
					...packWordsFiles(root, code).map((path) => [
						packSourcePath(path, sourceLocale),
						readPackWordsRecord(readFileSync(join(root, path), 'utf8')),
					]),
				]),
				uiStrings: uiStrings(code),
				placeholderKeys: placeholders[code] ?? [],
			})),
	});
}

let siteReport: { root: string; report: TranslationReport } | undefined;

/**
 * The report for the translation status pages: read once per build, since every locale's page
 * shows the whole report and reading it means reading every page of every locale. With `fresh`
 * (in development) it is read again on each call, so edits show.
 */
export function readSiteTranslationReport(root: string, kit: KitConfig, fresh: boolean): TranslationReport {
	if (fresh || siteReport?.root !== root) siteReport = { root, report: readTranslationReport(root, kit) };
	return siteReport.report;
}
