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
	/** Why the file was left alone. */
	skipped?: string;
}

/** How one kind of translated file (a page, a pack's words) records the version it translates. */
export interface RecordedTranslations {
	/** The file, from the project root, for a path as the reader names it. */
	file: (path: string) => string;
	/** The current hash of the file's source, or why there is no source. */
	source: (path: string) => { hash: string } | { missing: string };
	read: (text: string) => TranslationRecord | undefined;
	write: (text: string, record: TranslationRecord) => string;
}

/**
 * Records in each file that it translates the current version of its source, keeping or setting
 * its review state. Unless the files were `named`, one that already records a version (not a
 * placeholder) is left alone: stamping says "this translation is up to date", which a person
 * decides for an outdated file.
 */
export function stampEach(
	root: string,
	paths: string[],
	{ named, status }: { named: boolean; status?: TranslationReview },
	kind: RecordedTranslations,
): StampResult[] {
	return paths.map((path): StampResult => {
		const file = join(root, kind.file(path));
		if (!existsSync(file)) return { path, skipped: `there is no file ${kind.file(path)}` };
		const source = kind.source(path);
		if ('missing' in source) return { path, skipped: source.missing };
		const text = readFileSync(file, 'utf8');
		const existing = kind.read(text);
		const placeholder = existing && !/^[0-9a-f]{12}$/.test(existing.source);
		if (!named && existing && !placeholder) return { path, skipped: 'it already has a record' };
		const record = { source: source.hash, status: status ?? existing?.status ?? 'machine-assisted' };
		writeFileSync(file, kind.write(text, record));
		return { path, record };
	});
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
	const chosen = paths?.length
		? paths.map((path) => path.replace(new RegExp(`^(lessons/)?${locale}/`), ''))
		: localePageFiles(root, locale);
	return stampEach(
		root,
		chosen,
		{ named: Boolean(paths?.length), status },
		{
			file: (path) => `lessons/${locale}/${path}`,
			source: (path) => {
				const hash = currentSourceHash(root, sourceLocale, path);
				return hash
					? { hash }
					: { missing: `lessons/${sourceLocale}/${path} does not exist, so it translates nothing` };
			},
			read: readTranslationRecord,
			write: withTranslationRecord,
		},
	);
}
