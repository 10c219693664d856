import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
	packSourcePath,
	packWordsFiles,
	readPackWordsRecord,
	readText,
	withPackWordsRecord,
} from '../../src/countries/packWordsFiles.ts';
import { sourceHash, type TranslationReview } from '../../src/i18n/translationStatus.ts';
import { stampEach, type StampResult } from './stampTranslation.ts';

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
	return stampEach(
		root,
		chosen,
		{ named: Boolean(named?.length), status },
		{
			file: (path) => path,
			source: (path) => {
				const source = packSourcePath(path, sourceLocale);
				return existsSync(join(root, source))
					? { hash: sourceHash(readText(root, source)) }
					: { missing: `${source} does not exist, so it translates nothing` };
			},
			read: readPackWordsRecord,
			write: withPackWordsRecord,
		},
	);
}
