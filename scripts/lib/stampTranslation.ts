import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	currentSourceHash,
	localePageFiles,
	readTranslationRecord,
} from '../../src/i18n/readTranslationStatus.ts';
import {
	TRANSLATION_REVIEW_STATES,
	type TranslationRecord,
	type TranslationReview,
} from '../../src/i18n/translationStatus.ts';

/**
 * A page's text with its frontmatter's `translation` record set to `record`: an existing record
 * (block or flow style) is replaced, anything else in the file is left exactly as it was.
 */
export function withTranslationRecord(text: string, record: TranslationRecord): string {
	const match = /^(---\r?\n)([\s\S]*?)(\r?\n---)(\r?\n|$)/.exec(text);
	if (!match) throw new Error('it has no frontmatter (a block between --- lines at the top)');
	const [, open, body, close] = match as unknown as [string, string, string, string];
	const eol = open.endsWith('\r\n') ? '\r\n' : '\n';
	const kept: string[] = [];
	let inRecord = false;
	for (const line of body.split(/\r?\n/)) {
		if (/^translation\s*:/.test(line)) inRecord = true;
		else if (inRecord && /^\s+\S/.test(line)) continue;
		else inRecord = false;
		if (!inRecord) kept.push(line);
	}
	kept.push('translation:', `  source: "${record.source}"`, `  status: ${record.status}`);
	return open + kept.join(eol) + close + text.slice(open.length + body.length + close.length);
}

export interface StampResult {
	path: string;
	record?: TranslationRecord;
	/** Why the page was left alone. */
	skipped?: string;
}

/**
 * Records that pages of `locale` translate the current version of their source. Without `paths`,
 * only pages that have no record yet (for example fresh from a translation tool): an outdated
 * page is stamped only when named, because stamping says "this translation is up to date".
 */
export function stampTranslations(
	root: string,
	sourceLocale: string,
	locale: string,
	{ paths, status }: { paths?: string[]; status?: TranslationReview } = {},
): StampResult[] {
	if (status && !TRANSLATION_REVIEW_STATES.includes(status)) {
		throw new Error(
			`"${status}" is not a review state. Use one of: ${TRANSLATION_REVIEW_STATES.join(', ')}.`,
		);
	}
	const all = localePageFiles(root, locale);
	const chosen = paths?.length
		? paths.map((path) => path.replace(new RegExp(`^(lessons/)?${locale}/`), ''))
		: all;
	return chosen.map((path): StampResult => {
		const file = join(root, 'lessons', locale, path);
		if (!existsSync(file)) return { path, skipped: `there is no file lessons/${locale}/${path}` };
		const source = currentSourceHash(root, sourceLocale, path);
		if (!source)
			return { path, skipped: `lessons/${sourceLocale}/${path} does not exist, so it translates nothing` };
		const text = readFileSync(file, 'utf8');
		const existing = readTranslationRecord(text);
		if (!paths?.length && existing) return { path, skipped: 'it already has a record' };
		const record = { source, status: status ?? existing?.status ?? 'machine-assisted' };
		writeFileSync(file, withTranslationRecord(text, record));
		return { path, record };
	});
}
