/**
 * Prints each locale's translation status: pages translated, missing and outdated, how many are
 * machine-assisted or reviewed, and missing UI strings.
 * Usage: npm run i18n:status [-- --json] [-- --locale nl]
 * The site shows the same at /<locale>/translation-status/. docs/translators-guide.md explains it.
 */
import { loadKitConfig } from '../src/config/loadKitConfig.ts';
import { readTranslationReport } from '../src/i18n/readTranslationStatus.ts';
import { commandLine } from './lib/commandLine.ts';
import { projectRoot } from './lib/projectRoot.ts';
import { formatStatusTables } from './lib/statusTables.ts';

const { values } = commandLine(
	{ options: { json: { type: 'boolean' }, locale: { type: 'string' } } },
	'npm run i18n:status [-- --json] [-- --locale nl]',
);
const only = values.locale;

const kit = loadKitConfig(`${projectRoot}/kit.config.json`);
const report = readTranslationReport(projectRoot, kit);
if (only && !report.locales.some((locale) => locale.locale === only)) {
	console.error(
		`No locale "${only}" to report on. Use one of: ${report.locales.map((l) => l.locale).join(', ')}.`,
	);
	process.exit(1);
}
const shown = { ...report, locales: report.locales.filter((locale) => !only || locale.locale === only) };

if (values.json) {
	console.log(JSON.stringify(shown, null, '\t'));
} else {
	console.log(formatStatusTables(shown, kit));
}
