import { describe, expect, it } from 'vitest';
import { readTranslationRecord } from '../../src/i18n/readTranslationStatus.ts';
import {
	neededUiStrings,
	sourceHash,
	translationReport,
	type ReportInput,
} from '../../src/i18n/translationStatus.ts';

const HELP = '---\ntitle: Get help\n---\n\nCall someone.\n';
const HOME = '---\ntitle: Home\n---\n\nWelcome.\n';
const GLOSSARY = '---\ntitle: Glossary\n---\n\nWords.\n';

/** A source locale with three pages, and Dutch with whatever pages a test gives it. */
function report(pages: ReportInput['locales'][number]['pages'], sources = { HELP, HOME, GLOSSARY }) {
	return translationReport({
		sourceLocale: 'en',
		sourcePages: {
			'help/index.mdx': sourceHash(sources.HELP),
			'index.mdx': sourceHash(sources.HOME),
			'glossary.mdx': sourceHash(sources.GLOSSARY),
		},
		sourceUiStrings: { 'kit.help.now': 'Get help now' },
		locales: [{ code: 'nl', lang: 'nl', pages, uiStrings: { 'kit.help.now': 'Nu hulp krijgen' } }],
	}).locales[0]!;
}

describe('source hashes', () => {
	it('are the first 12 hex characters of the SHA-256 of the file', () => {
		// sha256("hello\n") = 5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03
		expect(sourceHash('hello\n')).toBe('5891b5b522d5');
	});

	it('do not change with Windows line endings, so every checkout agrees', () => {
		expect(sourceHash('a\r\nb\r\n')).toBe(sourceHash('a\nb\n'));
	});
});

describe('translation status of a locale', () => {
	it('counts pages without a translation as missing', () => {
		const status = report({});
		expect(status.counts).toMatchObject({ total: 3, translated: 0, missing: 3, outdated: 0 });
		expect(status.pages.map((page) => page.state)).toEqual(['missing', 'missing', 'missing']);
	});

	it('counts a translation of the current source as up to date, by its review state', () => {
		const status = report({
			'help/index.mdx': { source: sourceHash(HELP), status: 'machine-assisted' },
			'index.mdx': { source: sourceHash(HOME), status: 'reviewed' },
		});
		expect(status.counts).toMatchObject({
			translated: 2,
			missing: 1,
			outdated: 0,
			machineAssisted: 1,
			reviewed: 1,
		});
		expect(status.pages.find((page) => page.path === 'index.mdx')?.state).toBe('reviewed');
	});

	it('marks a translation outdated once its source is edited, and gives the new hash', () => {
		const pages = { 'help/index.mdx': { source: sourceHash(HELP), status: 'reviewed' as const } };
		const edited = `${HELP}\nOr text someone.\n`;
		const status = report(pages, { HELP: edited, HOME, GLOSSARY });
		const help = status.pages.find((page) => page.path === 'help/index.mdx')!;
		expect(help.state).toBe('outdated');
		expect(help.sourceHash).toBe(sourceHash(edited));
		expect(help.translation?.source).toBe(sourceHash(HELP));
		// Still counted as translated and as reviewed (its older version was).
		expect(status.counts).toMatchObject({ translated: 1, outdated: 1, reviewed: 1 });
	});

	it('tells translations without a record apart, and does not count pages only the locale has', () => {
		const status = report({ 'index.mdx': undefined, 'wetgeving.mdx': undefined });
		expect(status.pages.find((page) => page.path === 'index.mdx')?.state).toBe('untracked');
		expect(status.counts).toMatchObject({ translated: 1, untracked: 1, total: 3 });
		expect(status.ownPages).toEqual(['wetgeving.mdx']);
	});
});

describe('UI strings a locale is missing', () => {
	const source = {
		'kit.help.now': 'Get help now',
		'kit.quiz.label': 'Quiz',
		'kit.lesson.minutes_one': '{{count}} minute',
		'kit.lesson.minutes_other': '{{count}} minutes',
	};
	const status = (lang: string, uiStrings: Record<string, string>, placeholderKeys: string[] = []) =>
		translationReport({
			sourceLocale: 'en',
			sourcePages: {},
			sourceUiStrings: source,
			locales: [{ code: lang.toLowerCase(), lang, pages: {}, uiStrings, placeholderKeys }],
		}).locales[0]!;

	it('lists keys the locale leaves out', () => {
		expect(status('nl', { 'kit.help.now': 'Nu hulp krijgen' }).missingUiStrings).toEqual([
			'kit.quiz.label',
			'kit.lesson.minutes_one',
			'kit.lesson.minutes_other',
		]);
	});

	it('needs plural forms in the forms the language uses, not English’s', () => {
		expect(neededUiStrings(source, 'ar').map(({ key }) => key)).toEqual(
			expect.arrayContaining(['kit.lesson.minutes_zero', 'kit.lesson.minutes_two', 'kit.lesson.minutes_few']),
		);
		expect(neededUiStrings(source, 'ja').map(({ key }) => key)).toEqual([
			'kit.help.now',
			'kit.quiz.label',
			'kit.lesson.minutes_other',
		]);
	});

	it('counts English placeholders from i18n:add as missing until they are translated', () => {
		const copied = { ...source, 'kit.lesson.minutes_many': '{{count}} minutes' };
		const keys = Object.keys(copied);
		expect(status('pt-BR', copied, keys).missingUiStrings.sort()).toEqual([
			'kit.help.now',
			'kit.lesson.minutes_many',
			'kit.lesson.minutes_one',
			'kit.lesson.minutes_other',
			'kit.quiz.label',
		]);
		// Translated, or confirmed the same in the language: no longer missing.
		const done = status('pt-BR', { ...copied, 'kit.help.now': 'Obter ajuda agora' }, keys.slice(1, 2));
		expect(done.missingUiStrings).toEqual(['kit.quiz.label']);
	});
});

describe('the translation record in a page’s frontmatter', () => {
	it('is read from block or flow YAML', () => {
		const block =
			'---\ntitle: Hulp\ntranslation:\n  source: "3fa2c1d0e9ab"\n  status: reviewed\n---\n\nTekst.\n';
		const flow = '---\ntitle: Hulp\ntranslation: { source: "3fa2c1d0e9ab", status: machine-assisted }\n---\n';
		expect(readTranslationRecord(block)).toEqual({ source: '3fa2c1d0e9ab', status: 'reviewed' });
		expect(readTranslationRecord(flow)).toEqual({ source: '3fa2c1d0e9ab', status: 'machine-assisted' });
	});

	it('is missing from a page without one, or with a hash YAML read as a number', () => {
		expect(readTranslationRecord(HOME)).toBeUndefined();
		expect(readTranslationRecord('no frontmatter')).toBeUndefined();
		expect(
			readTranslationRecord('---\ntranslation:\n  source: 1234e5678901\n  status: reviewed\n---\n'),
		).toBeUndefined();
	});
});
