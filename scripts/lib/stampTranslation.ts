import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isMap, isNode, isScalar, parseDocument, Scalar } from 'yaml';
import {
	currentSourceHash,
	localePageFiles,
	readTranslationRecord,
} from '../../src/i18n/readTranslationStatus.ts';
import {
	sourceHash,
	TRANSLATION_REVIEW_STATES,
	type TranslationRecord,
	type TranslationReview,
} from '../../src/i18n/translationStatus.ts';

/** The frontmatter block at the top of a page: opening `---` line, YAML, closing `---`. */
const FRONTMATTER = /^(---\r?\n)([\s\S]*?)(\r?\n---)(\r?\n|$)/;

/**
 * A page's text with its frontmatter's `translation` record set to `record`: an existing record
 * (block or flow style) is replaced, anything else in the file is left exactly as it was.
 * `yaml`'s document API finds the record and writes the new one; the text around it is kept as
 * written, because printing the whole document again would re-wrap authors' long lines.
 */
export function withTranslationRecord(text: string, record: TranslationRecord): string {
	const match = FRONTMATTER.exec(text);
	if (!match) throw new Error('it has no frontmatter (a block between --- lines at the top)');
	const [, open = '', body = '', close = ''] = match;
	const eol = open.endsWith('\r\n') ? '\r\n' : '\n';
	const fields = parseDocument(body).contents;
	if (fields !== null && !isMap(fields)) throw new Error('its frontmatter is not a list of fields');
	const existing = fields?.items.find((pair) => isScalar(pair.key) && pair.key.value === 'translation');
	let kept = body;
	if (existing) {
		const key = existing.key as Scalar;
		const start = key.range![0];
		const end = isNode(existing.value) ? existing.value.range![2] : key.range![2];
		// To the end of the record's last line (a flow record's range ends before its line break).
		const restOfLine = body[end - 1] === '\n' ? '' : /^[^\n]*\n?/.exec(body.slice(end))![0];
		kept = body.slice(0, start) + body.slice(end + restOfLine.length);
	}
	const entry = new Document({ translation: record });
	(entry.getIn(['translation', 'source'], true) as Scalar).type = Scalar.QUOTE_DOUBLE;
	const rest = kept.replace(/(\r?\n)+$/, '');
	const lines = [...(rest ? [rest] : []), ...entry.toString().trimEnd().split('\n')];
	return open + lines.join(eol) + close + text.slice(open.length + body.length + close.length);
}

/**
 * A translated page for tests and the benchmark: `text` with a record saying it translates
 * `source` (docs/translators-guide.md).
 */
export function asTranslation(
	text: string,
	source: string,
	status: TranslationReview = 'machine-assisted',
): string {
	return withTranslationRecord(text, { source: sourceHash(source), status });
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
