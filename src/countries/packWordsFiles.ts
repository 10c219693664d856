import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TranslationRecord } from '../i18n/translationStatus.ts';

/**
 * The words files of the country packs as translation units, beside the pages: for each pack,
 * `countries/<pack>/<locale>.json` translates `countries/<pack>/<sourceLocale>.json`. Keys are the
 * files' paths from the project root, so the status report and i18n:stamp can name them.
 */
export function packWordsFiles(root: string, locale: string): string[] {
	const dir = join(root, 'countries');
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, `${locale}.json`)))
		.map((entry) => `countries/${entry.name}/${locale}.json`)
		.sort();
}

/** The `translation` record of a words file, or undefined if it has none (or is not valid JSON). */
export function readPackWordsRecord(text: string): TranslationRecord | undefined {
	try {
		const translation = (JSON.parse(text) as { translation?: Partial<TranslationRecord> }).translation;
		if (typeof translation?.source !== 'string' || typeof translation.status !== 'string') return undefined;
		return { source: translation.source, status: translation.status };
	} catch {
		return undefined;
	}
}

/** A words file's text with its `translation` record set to `record`, first, everything else kept. */
export function withPackWordsRecord(text: string, record: TranslationRecord): string {
	const { translation: _old, ...rest } = JSON.parse(text) as Record<string, unknown>;
	return `${JSON.stringify({ translation: record, ...rest }, null, '\t')}\n`;
}

/** The path a words file in `locale` has in the source locale. */
export function packSourcePath(path: string, sourceLocale: string): string {
	return path.replace(/\/[^/]+\.json$/, `/${sourceLocale}.json`);
}

/** `countries/nl/fr.json` → `nl`: the pack a words file belongs to. */
export function packOfWordsFile(path: string): string {
	return path.split('/')[1]!;
}

export function readText(root: string, path: string) {
	return readFileSync(join(root, path), 'utf8');
}
