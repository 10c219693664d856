import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIT_CONFIG_URL, normaliseBase, parseKitConfig } from '../../src/config/loadKitConfig.ts';

const raw = JSON.parse(readFileSync(KIT_CONFIG_URL, 'utf8')) as Record<string, unknown>;

describe('kit configuration', () => {
	it('accepts the shipped kit.config.json with five locales, Arabic right-to-left', () => {
		const kit = parseKitConfig(raw, {});
		expect(kit.locales.map((l) => l.code)).toEqual(['en', 'nl', 'es', 'fr', 'ar']);
		expect(kit.locales.find((l) => l.code === 'ar')?.dir).toBe('rtl');
		expect(kit.ageBands).toEqual(['8-10', '11-13', '14-16', '17-19']);
	});

	it('lets SITE_URL and BASE_PATH override the site and base path', () => {
		const kit = parseKitConfig(raw, { SITE_URL: 'https://lessons.example.net', BASE_PATH: 'kit' });
		expect(kit.site).toBe('https://lessons.example.net');
		expect(kit.base).toBe('/kit/');
	});

	it('normalises base paths', () => {
		expect(normaliseBase('/kit')).toBe('/kit/');
		expect(normaliseBase('kit/')).toBe('/kit/');
		expect(normaliseBase('/')).toBe('/');
		expect(normaliseBase('/a/b/')).toBe('/a/b/');
	});

	it('names the file and field of a bad value', () => {
		expect(() => parseKitConfig({ ...raw, site: 'not a url' }, {})).toThrow(
			/kit\.config\.json is not valid:\n {2}- site: Give a full URL/,
		);
		expect(() => parseKitConfig({ ...raw, defaultLocale: 'de' }, {})).toThrow(
			/- defaultLocale: defaultLocale must be the code/,
		);
		expect(() => parseKitConfig({ ...raw, ageBands: ['11-13', '11-13'] }, {})).toThrow(
			/- ageBands: Each age band must be listed only once/,
		);
		expect(() => parseKitConfig({ ...raw, ageBands: ['teens'] }, {})).toThrow(
			/- ageBands: Write each age band as "from-to"/,
		);
		expect(() =>
			parseKitConfig({ ...raw, locales: [{ code: 'ar', label: 'العربية', lang: 'ar', dir: 'right' }] }, {}),
		).toThrow(/- locales\.0\.dir: Use "ltr" or "rtl"/);
	});
});
