import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { projectRoot } from '../../scripts/lib/projectRoot.ts';
import { loadKitConfig } from '../../src/config/loadKitConfig.ts';
import { kitTranslations, type UseTranslations } from '../../src/i18n/kitTranslations.ts';
import { starlightLocales } from '../../src/config/starlightOptions.ts';

/**
 * The kit's UI strings for tests that run without a build, through the same i18next system
 * Starlight hands the kit's plugin in a build: Starlight's own function, imported from its files
 * because the package does not export it (tests only; the build gets it from `config:setup`).
 */
const { createTranslationSystemFromFs } = (await import(
	pathToFileURL(join(projectRoot, 'node_modules/@astrojs/starlight/dist/utils/translations-fs.js')).href
)) as {
	createTranslationSystemFromFs: (
		opts: { defaultLocale: unknown; locales: unknown },
		astro: { srcDir: URL },
	) => Promise<UseTranslations>;
};

const kit = loadKitConfig(undefined, {});
const locales = starlightLocales(kit);
const useTranslations = await createTranslationSystemFromFs(
	{ defaultLocale: { ...locales[kit.defaultLocale], locale: kit.defaultLocale }, locales },
	{ srcDir: pathToFileURL(join(projectRoot, 'src/')) },
);

/** UI strings as the build's Markdown plugins and sidebar get them. */
export const testTranslations = kitTranslations();
testTranslations.use(useTranslations);
