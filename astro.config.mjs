// @ts-check
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { ensureContentLink } from './scripts/lib/contentLink.mjs';
import { loadKitConfig } from './src/config/loadKitConfig.ts';
import { checkContentFolders } from './src/config/checkContentFolders.ts';
import { keepContentCacheIfUnchanged } from './src/config/contentCache.ts';
import { countryPacks } from './src/countries/countryPacks.ts';
import { kitStarlightPlugin } from './src/config/kitStarlightPlugin.ts';
import { starlightLocales } from './src/config/starlightOptions.ts';
import { kitTranslations } from './src/i18n/kitTranslations.ts';
import { kitMarkdown } from './src/markdown/kitMarkdown.ts';
import { withoutSearchIndex } from './src/search/searchIndex.ts';
import { securityIntegration } from './src/security/securityIntegration.ts';
import { quizExportsIntegration } from './src/quiz/quizExportFiles.ts';
import { stepsAfterAstro } from './src/config/stepsAfterAstro.ts';
import { onBuildLog } from './src/config/buildLog.ts';

ensureContentLink();
/** Astro's store of rendered Markdown is kept between builds only while nothing it was made from has changed. */
keepContentCacheIfUnchanged(fileURLToPath(new URL('./', import.meta.url)));
/** Everything a fork changes is in kit.config.json; SITE_URL and BASE_PATH override site and base. */
const kit = loadKitConfig();
checkContentFolders(
	new URL('./lessons/', import.meta.url),
	kit.locales.map((locale) => locale.code),
);
/** The country packs (countries/README.md): a broken one stops the build here, naming the file and field. */
countryPacks(
	fileURLToPath(new URL('./', import.meta.url)),
	kit.locales.map((locale) => locale.code),
	kit.defaultLocale,
);
/** Folders of the source locale, so the sidebar lists only what exists. */
const sourceDir = new URL(`./lessons/${kit.defaultLocale}/`, import.meta.url);
const sourceEntries = readdirSync(sourceDir, { withFileTypes: true });
const sourceFolders = sourceEntries.map((entry) => entry.name.replace(/\.mdx?$/, ''));
/** Audience folders with guides besides their index page become sidebar groups. */
const sections = sourceEntries
	.filter((entry) => entry.isDirectory() && readdirSync(new URL(`${entry.name}/`, sourceDir)).length > 1)
	.map((entry) => entry.name);
const lessonFolders = sourceFolders.includes('lessons') ? readdirSync(new URL('lessons/', sourceDir)) : [];
/** UI strings for Markdown plugins and the sidebar: Starlight's i18next, handed over by the kit's plugin. */
const translations = kitTranslations();
/**
 * Under `npm run build`, Pagefind's index, the quiz exports and the page step run after Astro's
 * process has exited (scripts/build.ts says why), so Starlight's hook that runs Pagefind and the
 * kit's two integrations are left out here; `astro build` on its own keeps them.
 */
const afterAstro = stepsAfterAstro();

export default defineConfig({
	site: kit.site,
	base: kit.base,
	trailingSlash: 'always',
	devToolbar: { enabled: false },
	// Four pages render at a time: while one waits (for its page's code to load, for a file to be
	// written), another renders. The built site is byte for byte the same as one at a time, and at
	// 572 pages the build took 11.0–16.3 s against 13.2–17.5 s (README, Benchmark). Every cache the
	// kit keeps while pages render is read and written with no wait between the two.
	build: { concurrency: 4 },

	markdown: {
		// Timings, teacher notes and quizzes in lessons (docs/authors-guide.md).
		processor: satteri({
			mdastPlugins: [
				kitMarkdown({
					locales: kit.locales.map((l) => l.code),
					defaultLocale: kit.defaultLocale,
					contentDir: new URL('./lessons/', import.meta.url),
					translations,
					langs: Object.fromEntries(kit.locales.map(({ code, lang }) => [code, lang])),
					helpCountries: Object.fromEntries(
						kit.locales.map(({ code, helpCountries }) => [code, helpCountries]),
					),
				}),
			],
		}),
	},
	vite: {
		// Keep `lessons/…` paths when Vite follows the src/content/docs link (README, "How content is organised").
		resolve: { preserveSymlinks: true },
		// Everything the bundler says but its warning, once per MDX page, about Astro's own head
		// directive, which is Astro's to fix (src/config/buildLog.ts).
		build: { rolldownOptions: { onLog: onBuildLog } },
	},
	integrations: [
		withoutSearchIndex(
			afterAstro,
			starlight({
				title: kit.name,
				// Paths in kit.config.json are from the project root; Starlight resolves `./…` from there too.
				logo: kit.logo && { ...kit.logo, src: `./${kit.logo.src}` },
				defaultLocale: kit.defaultLocale,
				locales: starlightLocales(kit),
				// In cascade order: the kit's base, then each area, then print (src/styles/kit.css).
				customCss: [
					'./src/styles/kit.css',
					'./src/styles/home.css',
					'./src/styles/lesson.css',
					'./src/styles/catalogue.css',
					'./src/styles/tables.css',
					'./src/styles/help.css',
					'./src/styles/quiz.css',
					'./src/styles/law.css',
					'./src/styles/print.css',
				],
				// On lesson pages: the lesson's age band marked in the sidebar, previous and next within the band.
				routeMiddleware: './src/lessons/bandNavigation.ts',
				components: {
					Head: './src/components/Head.astro',
					Header: './src/components/Header.astro',
					MarkdownContent: './src/components/MarkdownContent.astro',
					Footer: './src/components/Footer.astro',
					Search: './src/components/Search.astro',
				},
				plugins: [
					kitStarlightPlugin(kit, { pages: sourceFolders, sections, bands: lessonFolders }, translations),
				],
			}),
		),
		// The quizzes' GIFT files and QTI packages; then every page's security policy and safe external
		// links, and a check of every link in the built site: a broken one fails the build, naming the
		// content file (src/links/).
		...(afterAstro
			? []
			: [
					quizExportsIntegration(),
					securityIntegration(kit.site, {
						contentDir: new URL('./lessons/', import.meta.url),
						defaultLocale: kit.defaultLocale,
						base: kit.base,
					}),
				]),
	],
});
