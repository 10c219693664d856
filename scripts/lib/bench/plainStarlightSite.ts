import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadKitConfig } from '../../../src/config/loadKitConfig.ts';
import { fixtureRoot } from '../projectCopy.ts';
import { projectRoot } from '../projectRoot.ts';
import { plainSitePages } from './plainSitePages.ts';
import { generatedLessons } from './scaleFixture.ts';

/**
 * A plain Starlight site with the kit's text, to measure the kit against: the same locales (from
 * kit.config.json), a plain Markdown page for each page the kit builds (see `plainSitePages` for
 * what is and is not the same), the language choice at `/`, and `generated` generated lessons in
 * every locale's own folder (the kit's scale copies have the same ones). It lives under
 * `.fixtures/`, so Node finds the project's node_modules (Astro, Starlight) by walking up.
 */
export function plainStarlightSite({ generated = 0 }: { generated?: number } = {}) {
	const kit = loadKitConfig(undefined, {});
	const fixture = fixtureRoot(generated ? `plain-${generated}-` : 'plain-');
	const write = (path: string, text: string) => {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text);
	};
	const docs = join(fixture.root, 'src/content/docs');
	const { pages, assets } = plainSitePages(kit, generatedLessons(generated));
	for (const [path, text] of pages) write(join(docs, path), text);
	for (const [path, from] of assets) {
		mkdirSync(dirname(join(docs, path)), { recursive: true });
		cpSync(from, join(docs, path));
	}

	const locales = Object.fromEntries(
		kit.locales.map(({ code, label, lang, dir }) => [code, { label, lang, dir }]),
	);
	// Astro reads the dependencies in package.json to find packages with components to bundle.
	const { devDependencies } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
	const dependencies = Object.fromEntries(
		['astro', '@astrojs/starlight', 'sharp'].map((name) => [name, devDependencies[name]]),
	);
	write(
		join(fixture.root, 'package.json'),
		JSON.stringify({ name: 'plain-starlight', private: true, type: 'module', dependencies }, null, '\t'),
	);
	write(
		join(fixture.root, 'astro.config.mjs'),
		`import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: ${JSON.stringify(kit.site)},
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: ${JSON.stringify(kit.name)},
			defaultLocale: ${JSON.stringify(kit.defaultLocale)},
			locales: ${JSON.stringify(locales)},
		}),
	],
});
`,
	);
	write(
		join(fixture.root, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
	const choices = kit.locales.map(
		({ code, label, lang }) => `<li><a href="/${code}/" lang="${lang}">${label}</a></li>`,
	);
	write(
		join(fixture.root, 'src/pages/index.astro'),
		`<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>${kit.name}</title></head>
<body><main><h1>${kit.name}</h1><ul>${choices.join('')}</ul></main></body></html>
`,
	);
	return fixture;
}
