// @ts-check
import { existsSync } from 'node:fs';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import { ensureContentLink } from './scripts/lib/contentLink.mjs';
import { loadKitConfig } from './src/config/loadKitConfig.ts';
import { starlightLocales, starlightSidebar } from './src/config/starlightOptions.ts';

ensureContentLink();
/** Everything a fork changes is in kit.config.json; SITE_URL and BASE_PATH override site and base. */
const kit = loadKitConfig();
const bandsWithLessons = kit.ageBands.filter((band) =>
	existsSync(new URL(`./lessons/${kit.defaultLocale}/lessons/${band}/`, import.meta.url)),
);

export default defineConfig({
	site: kit.site,
	base: kit.base,
	trailingSlash: 'always',
	devToolbar: { enabled: false },
	vite: {
		// Keep `lessons/…` paths when Vite follows the src/content/docs link (see TECH notes in README).
		resolve: { preserveSymlinks: true },
	},
	integrations: [
		starlight({
			title: kit.name,
			defaultLocale: kit.defaultLocale,
			locales: starlightLocales(kit),
			sidebar: starlightSidebar(kit, bandsWithLessons),
			customCss: ['./src/styles/kit.css'],
			components: {
				Header: './src/components/Header.astro',
				MarkdownContent: './src/components/MarkdownContent.astro',
				Footer: './src/components/Footer.astro',
			},
			plugins: [starlightLinksValidator({ errorOnRelativeLinks: false })],
		}),
	],
});
