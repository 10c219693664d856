/**
 * Records in translated pages which version of their source they translate (their frontmatter's
 * `translation` record), for the status report and the outdated-translation notice.
 * Usage:
 *   npm run i18n:stamp -- nl                      pages in lessons/nl/ and countries/<pack>/nl.json without a record (e.g. fresh from Crowdin)
 *   npm run i18n:stamp -- nl help/index.md       these pages, after bringing them up to date with their source
 *   npm run i18n:stamp -- nl help/index.md --reviewed    …and mark them reviewed by a native speaker
 * docs/translators-guide.md explains when to use it.
 */
import { loadKitConfig } from '../src/config/loadKitConfig.ts';
import { commandLine } from './lib/commandLine.ts';
import { projectRoot } from './lib/projectRoot.ts';
import { stampPackWords } from './lib/stampPackWords.ts';
import { stampTranslations } from './lib/stampTranslation.ts';

const { values, positionals } = commandLine(
	{
		allowPositionals: true,
		options: { reviewed: { type: 'boolean' }, 'machine-assisted': { type: 'boolean' } },
	},
	'npm run i18n:stamp -- <locale> [<page> …] [--reviewed | --machine-assisted]',
);
const [locale, ...rest] = positionals;
const kit = loadKitConfig(`${projectRoot}/kit.config.json`);
const codes = kit.locales.map((l) => l.code).filter((code) => code !== kit.defaultLocale);
if (!locale || !codes.includes(locale)) {
	console.error(
		`Name the locale whose pages to stamp: one of ${codes.join(', ')}. For example: npm run i18n:stamp -- ${codes[0] ?? 'nl'} help/index.md`,
	);
	process.exit(1);
}
const status = values.reviewed ? 'reviewed' : values['machine-assisted'] ? 'machine-assisted' : undefined;
const pages = rest.filter((path) => !path.startsWith('countries/'));
const results = [
	...(pages.length || !rest.length
		? stampTranslations(projectRoot, kit.defaultLocale, locale, { paths: pages, status })
		: []
	).map((result) => ({ ...result, path: `lessons/${locale}/${result.path}` })),
	...stampPackWords(projectRoot, kit.defaultLocale, locale, { paths: rest, status }),
];
for (const { path, record, skipped } of results) {
	console.log(
		record ? `stamped  ${path}: source "${record.source}", ${record.status}` : `skipped  ${path}: ${skipped}`,
	);
}
if (results.length === 0) console.log(`No pages in lessons/${locale}/ yet.`);
if (results.some((result) => result.skipped && rest.length > 0)) process.exitCode = 1;
