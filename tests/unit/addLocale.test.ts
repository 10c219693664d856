import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { addLocale, describeLocale } from '../../scripts/lib/addLocale.ts';
import { projectRoot } from '../../scripts/lib/projectRoot.ts';

/** A folder with the kit's config and source UI strings, enough for `addLocale`. */
function miniProject() {
	mkdirSync(join(projectRoot, '.fixtures'), { recursive: true });
	const root = mkdtempSync(join(projectRoot, '.fixtures/add-locale-'));
	onTestFinished(() => rmSync(root, { recursive: true, force: true }));
	for (const file of ['kit.config.json', '.prettierrc.json', 'src/content/i18n/en.json']) {
		cpSync(join(projectRoot, file), join(root, file), { recursive: true });
	}
	mkdirSync(join(root, 'countries'));
	return root;
}

describe('a new locale from a language tag', () => {
	it('gets a lowercase code for URLs, the tag for <html lang>, and the language’s own name', () => {
		expect(describeLocale('pt-BR')).toEqual({
			code: 'pt-br',
			label: 'Português (Brasil)',
			lang: 'pt-BR',
			dir: 'ltr',
		});
		expect(describeLocale('pt-br').lang).toBe('pt-BR');
		expect(describeLocale('de').label).toBe('Deutsch');
	});

	it.each(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'dv', 'ckb', 'ar-EG'])(
		'knows %s is written right to left',
		(tag) => {
			expect(describeLocale(tag).dir).toBe('rtl');
		},
	);

	it('explains a tag that is not a language', () => {
		expect(() => describeLocale('')).toThrow('No locale given.');
		expect(() => describeLocale('pt_BR')).toThrow('"pt_BR" is not a valid locale tag. Did you mean "pt-BR"?');
		expect(() => describeLocale('xx')).toThrow('"xx" is not a language this system knows.');
	});
});

describe('adding a locale', () => {
	it('refuses a locale the kit already has, and changes nothing', async () => {
		const root = miniProject();
		const before = readFileSync(join(root, 'kit.config.json'), 'utf8');
		await expect(addLocale(root, 'NL')).rejects.toThrow(
			'The locale "nl" (Nederlands) is already in kit.config.json → "locales".',
		);
		expect(readFileSync(join(root, 'kit.config.json'), 'utf8')).toBe(before);
	});

	it('refuses to overwrite UI strings left from an earlier attempt', async () => {
		const root = miniProject();
		writeFileSync(join(root, 'src/content/i18n/de.json'), '{}');
		await expect(addLocale(root, 'de')).rejects.toThrow(
			'src/content/i18n/de.json already exists, but kit.config.json does not list "de".',
		);
	});

	it('lists the locale’s own country first on help pages when the kit has help for it', async () => {
		const root = miniProject();
		mkdirSync(join(root, 'countries/de'));
		writeFileSync(join(root, 'countries/de/pack.json'), '{}');
		const { locale, files } = await addLocale(root, 'de-DE');
		expect(locale).toMatchObject({ code: 'de-de', helpCountries: ['DE'] });
		expect(files).toContain('src/content/i18n/_untranslated.json');
		const placeholders = JSON.parse(readFileSync(join(root, 'src/content/i18n/_untranslated.json'), 'utf8'));
		expect(placeholders['de-de']).toContain('kit.help.now');
	});
});
