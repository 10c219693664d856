import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { projectRoot } from '../../scripts/lib/projectRoot.ts';
import { stampPackWords } from '../../scripts/lib/stampPackWords.ts';
import { stampTranslations, withTranslationRecord } from '../../scripts/lib/stampTranslation.ts';
import { readPackWordsRecord } from '../../src/countries/packWordsFiles.ts';
import { readTranslationRecord } from '../../src/i18n/readTranslationStatus.ts';
import { sourceHash } from '../../src/i18n/translationStatus.ts';

const HELP = '---\ntitle: Get help\nkind: help\n---\n\nCall someone.\n';
const record = { source: 'ae2a1a7c0d2f', status: 'reviewed' } as const;

describe('writing a translation record into a page', () => {
	it('adds one at the end of the frontmatter, leaving the rest as it was', () => {
		const text = '---\ntitle: Hulp\nkind: help\n---\n\nBel iemand.\n';
		const stamped = withTranslationRecord(text, record);
		expect(stamped).toBe(
			'---\ntitle: Hulp\nkind: help\ntranslation:\n  source: "ae2a1a7c0d2f"\n  status: reviewed\n---\n\nBel iemand.\n',
		);
		expect(readTranslationRecord(stamped)).toEqual(record);
	});

	it('replaces an existing record, block or flow style, and keeps Windows line endings', () => {
		const block =
			'---\ntitle: Hulp\ntranslation:\n  source: "000000000000"\n  status: machine-assisted\nkind: help\n---\nTekst\n';
		expect(withTranslationRecord(block, record)).toBe(
			'---\ntitle: Hulp\nkind: help\ntranslation:\n  source: "ae2a1a7c0d2f"\n  status: reviewed\n---\nTekst\n',
		);
		const flow =
			'---\r\ntitle: Hulp\r\ntranslation: { source: "000000000000", status: reviewed }\r\n---\r\nTekst\r\n';
		expect(withTranslationRecord(flow, record)).toBe(
			'---\r\ntitle: Hulp\r\ntranslation:\r\n  source: "ae2a1a7c0d2f"\r\n  status: reviewed\r\n---\r\nTekst\r\n',
		);
	});

	it('keeps every other line exactly as written: wrapped text, comments, flow lists', () => {
		const text =
			'---\ntitle: Hulp # kort\ntranslation: { source: "000000000000", status: reviewed }\n' +
			'description:\n  Een lange regel die\n  verder gaat\ntags: [a,b]\n---\nTekst\n';
		expect(withTranslationRecord(text, record)).toBe(
			'---\ntitle: Hulp # kort\ndescription:\n  Een lange regel die\n  verder gaat\ntags: [a,b]\n' +
				'translation:\n  source: "ae2a1a7c0d2f"\n  status: reviewed\n---\nTekst\n',
		);
	});

	it('refuses a page without frontmatter', () => {
		expect(() => withTranslationRecord('# Hulp\n', record)).toThrow('it has no frontmatter');
	});
});

describe('npm run i18n:stamp', () => {
	function project(files: Record<string, string>) {
		const base = join(projectRoot, '.fixtures');
		mkdirSync(base, { recursive: true });
		const root = mkdtempSync(join(base, 'stamp-'));
		onTestFinished(() => rmSync(root, { recursive: true, force: true }));
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
		}
		return root;
	}
	const read = (root: string, path: string) => readTranslationRecord(readFileSync(join(root, path), 'utf8'));

	it('stamps pages without a record, and leaves outdated ones for a person to check', () => {
		const old = withTranslationRecord(HELP, { source: '000000000000', status: 'reviewed' });
		const root = project({
			'lessons/en/help/index.mdx': HELP,
			'lessons/en/index.mdx': HELP,
			'lessons/nl/help/index.mdx': HELP,
			'lessons/nl/index.mdx': old,
			'lessons/nl/eigen.mdx': HELP,
		});
		const results = stampTranslations(root, 'en', 'nl');
		expect(results.map(({ path, skipped }) => [path, skipped ?? 'stamped'])).toEqual([
			['eigen.mdx', 'lessons/en/eigen.mdx does not exist, so it translates nothing'],
			['help/index.mdx', 'stamped'],
			['index.mdx', 'it already has a record'],
		]);
		expect(read(root, 'lessons/nl/help/index.mdx')).toEqual({
			source: sourceHash(HELP),
			status: 'machine-assisted',
		});
		expect(read(root, 'lessons/nl/index.mdx')?.source).toBe('000000000000');
	});

	it('stamps a named page with the current hash, keeping or setting its review state', () => {
		const old = withTranslationRecord(HELP, { source: '000000000000', status: 'reviewed' });
		const root = project({ 'lessons/en/index.mdx': HELP, 'lessons/nl/index.mdx': old });
		stampTranslations(root, 'en', 'nl', { paths: ['lessons/nl/index.mdx'] });
		expect(read(root, 'lessons/nl/index.mdx')).toEqual({ source: sourceHash(HELP), status: 'reviewed' });
		stampTranslations(root, 'en', 'nl', { paths: ['index.mdx'], status: 'machine-assisted' });
		expect(read(root, 'lessons/nl/index.mdx')?.status).toBe('machine-assisted');
		expect(stampTranslations(root, 'en', 'nl', { paths: ['nope.mdx'] })[0]?.skipped).toBe(
			'there is no file lessons/nl/nope.mdx',
		);
	});

	it('stamps country packs’ words like pages: new files and placeholders, named files whatever they record', () => {
		const words = (extra: object = {}) => `${JSON.stringify({ ...extra, help: { a: 'x' } }, null, '\t')}\n`;
		const source = words();
		const root = project({
			'countries/nl/en.json': source,
			'countries/nl/fr.json': words(),
			'countries/be/en.json': source,
			'countries/be/fr.json': words({ translation: { source: '000000000000', status: 'reviewed' } }),
			'countries/de/en.json': source,
			'countries/de/fr.json': words({ translation: { source: 'TODO', status: 'machine-assisted' } }),
			'countries/xx/fr.json': words(),
		});
		const results = stampPackWords(root, 'en', 'fr');
		expect(results.map(({ path, skipped }) => [path, skipped ?? 'stamped'])).toEqual([
			['countries/be/fr.json', 'it already has a record'],
			['countries/de/fr.json', 'stamped'],
			['countries/nl/fr.json', 'stamped'],
			['countries/xx/fr.json', 'countries/xx/en.json does not exist, so it translates nothing'],
		]);
		const packRecord = (path: string) => readPackWordsRecord(readFileSync(join(root, path), 'utf8'));
		expect(packRecord('countries/nl/fr.json')).toEqual({
			source: sourceHash(source),
			status: 'machine-assisted',
		});
		expect(packRecord('countries/be/fr.json')?.source).toBe('000000000000');
		stampPackWords(root, 'en', 'fr', { paths: ['countries/be/fr.json'] });
		expect(packRecord('countries/be/fr.json')).toEqual({ source: sourceHash(source), status: 'reviewed' });
		expect(stampPackWords(root, 'en', 'fr', { paths: ['countries/yy/fr.json'] })[0]?.skipped).toBe(
			'there is no file countries/yy/fr.json',
		);
	});
});
