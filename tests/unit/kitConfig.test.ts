import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
	KIT_CONFIG_URL,
	loadKitConfig,
	normaliseBase,
	parseKitConfig,
} from '../../src/config/loadKitConfig.ts';
import {
	CONTRAST_CHECKS,
	contrastRatio,
	themeCss,
	type ThemeColours,
} from '../../src/config/themeColours.ts';
import { DEFAULT_COLOURS } from '../../src/schemas/coloursSchema.ts';

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

describe('rebranding in kit.config.json', () => {
	const problems = (change: Record<string, unknown>) => {
		try {
			parseKitConfig({ ...raw, ...change }, {});
			return '';
		} catch (error) {
			return (error as Error).message;
		}
	};
	const colours = raw.colours as ThemeColours;

	it('uses the kit’s own colours when a fork gives none, and shows no contact link unless given', () => {
		const { colours: _colours, contact: _contact, ...bare } = raw;
		const kit = parseKitConfig(bare, {});
		expect(kit.colours).toEqual(DEFAULT_COLOURS);
		expect(kit.contact).toBeUndefined();
		expect(kit.logo).toBeUndefined();
	});

	it('turns the accent colours into Starlight’s properties for both themes', () => {
		const css = themeCss(parseKitConfig(raw, {}).colours);
		expect(css).toContain(`:root { --sl-color-accent-low: ${colours.dark.accentLow};`);
		expect(css).toContain(`:root[data-theme='light'] { --sl-color-accent-low: ${colours.light.accentLow};`);
		expect(css).toContain(`--sl-color-accent-high: ${colours.light.accentHigh};`);
	});

	it('refuses colours that are not #rrggbb', () => {
		expect(problems({ colours: { ...colours, light: { ...colours.light, accent: 'navy' } } })).toContain(
			'- colours.light.accent: Write colours as "#rrggbb", e.g. "#1d4e89".',
		);
		expect(problems({ colours: { light: colours.light } })).toMatch(/- colours\.dark: /);
	});

	it('refuses accent colours without WCAG AA contrast, naming the shade, the ratio and the fix', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
		const pale = { ...colours, light: { ...colours.light, accent: '#88aadd' } };
		expect(problems({ colours: pale })).toContain(
			'- colours.light.accent: #88aadd on #ffffff has a contrast of 2.4:1, too low for links on the white page: WCAG AA needs 4.5:1. Pick a darker "accent".',
		);
		const dim = { ...colours, dark: { ...colours.dark, accentHigh: '#3f5f8f' } };
		expect(problems({ colours: dim })).toMatch(
			/- colours\.dark\.accentHigh: #3f5f8f on #17181c has a contrast of [\d.]+:1, too low for links on the dark page: WCAG AA needs 4\.5:1\. Pick a lighter "accentHigh"\./,
		);
		for (const check of CONTRAST_CHECKS) {
			const shades = DEFAULT_COLOURS[check.theme];
			expect(contrastRatio(shades[check.shade], check.on(shades)), check.where).toBeGreaterThanOrEqual(4.5);
		}
	});

	it('takes a logo from src/assets/ or public/, and refuses other paths or a missing file', () => {
		expect(parseKitConfig({ ...raw, logo: { src: 'src/assets/logo.svg' } }, {}).logo).toEqual({
			src: 'src/assets/logo.svg',
			alt: '',
			replacesTitle: false,
		});
		expect(problems({ logo: { src: '/home/me/logo.svg' } })).toContain(
			'- logo.src: Give the path of an image file in src/assets/ or public/, e.g. "src/assets/logo.svg".',
		);
		const dir = mkdtempSync(join(tmpdir(), 'kit-config-'));
		onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
		const file = join(dir, 'kit.config.json');
		writeFileSync(file, JSON.stringify({ ...raw, logo: { src: 'src/assets/logo.svg' } }));
		expect(() => loadKitConfig(file, {})).toThrow('- logo.src: there is no file "src/assets/logo.svg".');
		mkdirSync(join(dir, 'src/assets'), { recursive: true });
		writeFileSync(join(dir, 'src/assets/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
		expect(loadKitConfig(file, {}).logo?.src).toBe('src/assets/logo.svg');
	});

	it('takes a contact link to a web page or an e-mail address', () => {
		expect(parseKitConfig({ ...raw, contact: { url: 'mailto:lessons@example.org' } }, {}).contact?.url).toBe(
			'mailto:lessons@example.org',
		);
		expect(problems({ contact: { url: 'http://example.org/contact' } })).toContain(
			'- contact.url: Give a full https:// address or a mailto: address',
		);
	});

	it('names the kit', () => {
		expect(problems({ name: ' ' })).toContain('- name: Give the kit or organisation name');
	});
});
