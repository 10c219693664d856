import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { parseKitConfig } from '../../src/config/loadKitConfig.ts';
import { PLACEHOLDER_FILE } from '../../src/i18n/readTranslationStatus.ts';
import { neededUiStrings } from '../../src/i18n/translationStatus.ts';
import type { KitLocale } from '../../src/schemas/kitConfigSchema.ts';

/** Thrown for input a person can fix; the command prints only the message. */
export class AddLocaleError extends Error {
	override name = 'AddLocaleError';
}

/**
 * Languages written right to left, for runtimes without `Intl.Locale#getTextInfo()`.
 * @see https://developer.mozilla.org/docs/Web/JavaScript/Reference/Global_Objects/Intl/Locale/getTextInfo
 */
const RTL_LANGUAGES = new Set([
	'ar',
	'arc',
	'ckb',
	'dv',
	'fa',
	'he',
	'ks',
	'ku-arab',
	'ps',
	'sd',
	'syr',
	'ug',
	'ur',
	'yi',
]);

type TextInfo = { direction?: 'ltr' | 'rtl' };

/** Writing direction of a language, from the runtime's locale data where it has them. */
export function writingDirection(lang: string): 'ltr' | 'rtl' {
	const locale = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?: () => TextInfo; textInfo?: TextInfo };
	const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
	if (direction) return direction;
	const script = locale.maximize().script;
	if (script && ['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg'].includes(script)) return 'rtl';
	return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
}

/**
 * A new locale from a BCP 47 tag such as `pt-BR`: its URL code (`pt-br`), its `lang` (`pt-BR`),
 * the language's own name for itself ("Português (Brasil)") and its writing direction.
 */
export function describeLocale(input: string): Omit<KitLocale, 'helpCountries'> {
	const usage = 'Give a BCP 47 language tag, e.g. `npm run i18n:add -- pt-BR` (or de, sr-Latn, fa).';
	if (!input?.trim()) throw new AddLocaleError(`No locale given. ${usage}`);
	let lang: string;
	try {
		[lang] = Intl.getCanonicalLocales(input.trim()) as [string];
	} catch {
		const guess = input.trim().replace(/_/g, '-');
		const hint = guess !== input.trim() ? ` Did you mean "${guess}"?` : '';
		throw new AddLocaleError(`"${input}" is not a valid locale tag.${hint} ${usage}`);
	}
	const code = lang.toLowerCase();
	if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(code)) {
		throw new AddLocaleError(`"${input}" is not a locale tag the kit can use in URLs. ${usage}`);
	}
	const ownName = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' }).of(lang);
	const englishName = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(lang);
	if (!ownName || !englishName || englishName === lang) {
		throw new AddLocaleError(`"${input}" is not a language this system knows. ${usage}`);
	}
	const label = ownName.charAt(0).toLocaleUpperCase(lang) + ownName.slice(1);
	return { code, label, lang, dir: writingDirection(lang) };
}

export interface AddedLocale {
	locale: KitLocale;
	/** Files created or changed, relative to the project root. */
	files: string[];
}

async function writeFormatted(root: string, path: string, json: unknown) {
	const file = join(root, path);
	const options = (await prettier.resolveConfig(file)) ?? {};
	writeFileSync(
		file,
		await prettier.format(JSON.stringify(json, null, '\t'), { ...options, filepath: file }),
	);
}

function readJson(root: string, path: string): Record<string, unknown> {
	const file = join(root, path);
	if (!existsSync(file)) return {};
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
	} catch (error) {
		throw new AddLocaleError(`${path} is not valid JSON (${(error as Error).message}). Fix it first.`);
	}
}

/**
 * Adds a locale to the kit at `root`: an entry in `kit.config.json`'s one locale list, UI strings
 * in `src/content/i18n/<code>.json` holding the source texts as placeholders (listed in
 * `src/content/i18n/_untranslated.json`, so the status report counts them as missing), and an
 * empty `lessons/<code>/` folder. The site builds at once, with source-language pages and
 * Starlight's notice until pages are translated.
 * @see ../../docs/translators-guide.md
 */
export async function addLocale(root: string, input: string): Promise<AddedLocale> {
	const described = describeLocale(input);
	const raw = readJson(root, 'kit.config.json');
	let kit;
	try {
		kit = parseKitConfig(raw, {});
	} catch (error) {
		throw new AddLocaleError(`${(error as Error).message}\nFix kit.config.json first.`);
	}
	const existing = kit.locales.find((l) => l.code === described.code || l.lang === described.lang);
	if (existing) {
		throw new AddLocaleError(
			`The locale "${existing.code}" (${existing.label}) is already in kit.config.json → "locales".`,
		);
	}
	const stringsPath = `src/content/i18n/${described.code}.json`;
	const lessonsPath = `lessons/${described.code}`;
	for (const path of [stringsPath, lessonsPath]) {
		if (existsSync(join(root, path))) {
			throw new AddLocaleError(
				`${path} already exists, but kit.config.json does not list "${described.code}". ` +
					'Move it away, or add the locale to kit.config.json by hand (docs/fork-and-localise.md).',
			);
		}
	}

	// Help for the locale's own country first, if the kit has a country pack for it (countries/README.md).
	const region = new Intl.Locale(described.lang).region;
	const helpCountries =
		region && existsSync(join(root, 'countries', region.toLowerCase(), 'pack.json')) ? [region] : [];
	const locale: KitLocale = { ...described, helpCountries };

	const sourceStrings = readJson(root, `src/content/i18n/${kit.defaultLocale}.json`) as Record<
		string,
		string
	>;
	const placeholders = neededUiStrings(sourceStrings, locale.lang);
	const untranslated = readJson(root, PLACEHOLDER_FILE);

	// Other entries stay as written (not as parsed, which would add defaults).
	await writeFormatted(root, 'kit.config.json', { ...raw, locales: [...(raw.locales as unknown[]), locale] });
	await writeFormatted(
		root,
		stringsPath,
		Object.fromEntries(placeholders.map(({ key, sourceText }) => [key, sourceText])),
	);
	await writeFormatted(root, PLACEHOLDER_FILE, {
		...untranslated,
		[locale.code]: placeholders.map(({ key }) => key),
	});
	mkdirSync(join(root, lessonsPath), { recursive: true });
	const readme = `${lessonsPath}/_README.md`;
	writeFileSync(join(root, readme), folderReadme(locale, kit.defaultLocale));
	return { locale, files: ['kit.config.json', stringsPath, PLACEHOLDER_FILE, readme] };
}

/** Explains the new folder to whoever opens it; Starlight skips files starting with `_`. */
function folderReadme(locale: KitLocale, source: string): string {
	return `# ${locale.label} (${locale.lang})

Translated pages go here, at the same path as their source in \`lessons/${source}/\`: for example
\`lessons/${source}/help/index.md\` becomes \`lessons/${locale.code}/help/index.md\`. Until a page is
translated, readers of \`/${locale.code}/\` see the ${source} page with a notice.

Every translated page records which version of its source it translates:

\`\`\`yaml
translation:
  source: "3fa2c1d0e9ab" # npm run i18n:status prints each page's hash
  status: machine-assisted # or reviewed, once a native speaker has checked it
\`\`\`

See docs/translators-guide.md. This file starts with \`_\`, so the site does not publish it.
`;
}
