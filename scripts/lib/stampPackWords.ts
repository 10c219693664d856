import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	packSourcePath,
	packWordsFiles,
	readPackWordsRecord,
	readText,
	withPackWordsRecord,
} from '../../src/countries/packWordsFiles.ts';
import { sourceHash, type TranslationReview } from '../../src/i18n/translationStatus.ts';
import type { StampResult } from './stampTranslation.ts';

/**
 * Records that the country packs' words in `locale` translate the current `<sourceLocale>.json`
 * of their pack, as `stampTranslations` does for pages: without `paths`, only files with no record
 * (or a placeholder); named files (`countries/nl/fr.json`) are stamped whatever they record.
 */
export function stampPackWords(
	root: string,
	sourceLocale: string,
	locale: string,
	{ paths, status }: { paths?: string[]; status?: TranslationReview } = {},
): StampResult[] {
	const named = paths?.filter((path) => path.startsWith('countries/'));
	const chosen = named?.length ? named : paths?.length ? [] : packWordsFiles(root, locale);
	return chosen.map((path): StampResult => {
		let text: string;
		try {
			text = readText(root, path);
		} catch {
			return { path, skipped: `there is no file ${path}` };
		}
		const existing = readPackWordsRecord(text);
		const placeholder = existing && !/^[0-9a-f]{12}$/.test(existing.source);
		if (!named?.length && existing && !placeholder) return { path, skipped: 'it already has a record' };
		const source = sourceHash(readText(root, packSourcePath(path, sourceLocale)));
		const record = { source, status: status ?? existing?.status ?? 'machine-assisted' };
		writeFileSync(join(root, path), withPackWordsRecord(text, record));
		return { path, record };
	});
}
