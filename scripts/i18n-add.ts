/**
 * Adds a locale to the kit, ready to build and translate.
 * Usage: npm run i18n:add -- <locale>, e.g. npm run i18n:add -- pt-BR
 * docs/translators-guide.md explains what it makes and what to do next.
 */
import { AddLocaleError, addLocale } from './lib/addLocale.ts';
import { commandLine } from './lib/commandLine.ts';
import { projectRoot } from './lib/projectRoot.ts';

const { positionals } = commandLine({ allowPositionals: true }, 'npm run i18n:add -- <locale>');

try {
	const { locale, files } = await addLocale(projectRoot, positionals[0] ?? '');
	console.log(
		[
			`Added ${locale.label} (${locale.lang}): pages at /${locale.code}/, written ${locale.dir === 'rtl' ? 'right to left' : 'left to right'}.`,
			...files.map((file) => `  ${file}`),
			'',
			'Next:',
			`  - translate the UI strings in src/content/i18n/${locale.code}.json (until then they show in the source language);`,
			`  - translate pages into lessons/${locale.code}/, at the same paths as the source (npm run i18n:status lists them);`,
			locale.helpCountries.length
				? `  - help pages list ${locale.helpCountries.join(', ')} first; check kit.config.json → "helpCountries";`
				: '  - list the countries whose help these readers need in kit.config.json → "helpCountries" (countries/README.md);',
			'  - run npm run dev to see it. docs/translators-guide.md explains the rest.',
		].join('\n'),
	);
} catch (error) {
	if (!(error instanceof AddLocaleError)) throw error;
	console.error(error.message);
	process.exitCode = 1;
}
