import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { loadKitConfig } from '../../../src/config/loadKitConfig.ts';
import { fixtureRoot } from '../projectCopy.ts';
import { projectRoot } from '../projectRoot.ts';
import { pageTitle, plainPage, readKitPage } from './plainMarkdown.ts';

/**
 * A plain Starlight site with the kit's text, to measure the kit against: the same locales (from
 * kit.config.json), the English pages as plain Markdown (other locales fall back to them, as in
 * the kit), and one Markdown page for each page the kit makes itself (student views, lesson
 * catalogue, curriculum, help per country, the language choice at `/`), so both sites build the
 * same number of pages with about the same text. It lives under `.fixtures/`, so Node finds the
 * project's node_modules (Astro, Starlight) by walking up.
 */
export function plainStarlightSite() {
	const kit = loadKitConfig(undefined, {});
	const fixture = fixtureRoot('plain-');
	const docs = join(fixture.root, 'src/content/docs', kit.defaultLocale);
	const write = (path: string, text: string) => {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text);
	};
	const sourceDir = join(projectRoot, 'lessons', kit.defaultLocale);
	const files = readdirSync(sourceDir, { recursive: true, withFileTypes: true }).filter((entry) =>
		entry.isFile(),
	);

	const lessons: { path: string; source: string }[] = [];
	for (const file of files) {
		const from = join(file.parentPath, file.name);
		const path = relative(sourceDir, from);
		if (!/\.mdx?$/.test(file.name)) {
			cpSync(from, join(docs, path)); // Images next to lessons.
			continue;
		}
		const source = readFileSync(from, 'utf8');
		write(join(docs, path.replace(/\.mdx$/, '.md')), plainPage(source));
		if (readKitPage(source).fields.get('kind')?.[0]?.includes('lesson')) {
			lessons.push({ path: path.replace(/\.mdx$/, ''), source });
			// The student view: the lesson without its plan and teacher notes.
			const student = plainPage(source, { plan: false, teacherNotes: false, hidden: true });
			write(
				join(docs, path.replace(/\.mdx$/, ''), 'student.md'),
				student.replaceAll('](./images/', '](../images/'),
			);
		}
	}

	const hidden = (title: string, body: string) =>
		`---\ntitle: ${JSON.stringify(title)}\nsidebar:\n  hidden: true\n---\n\n${body}\n`;
	const lessonList = lessons.map(({ path, source }) => {
		const description = readKitPage(source)
			.fields.get('description')?.[0]
			?.replace(/^description:\s*/, '');
		return `- [${pageTitle(source)}](/${kit.defaultLocale}/${path}/): ${description}`;
	});
	write(join(docs, 'lessons/index.md'), hidden('Lessons', lessonList.join('\n')));
	const curriculum = lessons.map(({ source }) => {
		const links = readKitPage(source).fields.get('curriculumLinks') ?? [];
		return `## ${pageTitle(source)}\n\n${links
			.filter((line) => /\S: /.test(line) && !/^curriculumLinks/.test(line))
			.map((line) => `- ${line.replace(/^\s*-?\s*/, '')}`)
			.join('\n')}`;
	});
	write(join(docs, 'curriculum.md'), hidden('Curriculum', curriculum.join('\n\n')));
	const packs = readdirSync(join(projectRoot, 'countries'), { withFileTypes: true }).filter((entry) =>
		entry.isDirectory(),
	);
	for (const name of packs.map((entry) => `${entry.name}.json`)) {
		// A plain page with the same words as the kit's help and law pages: the pack's facts and English words.
		const folder = join(projectRoot, 'countries', name.replace(/\.json$/, ''));
		const data: unknown = [pack(folder, 'pack.json'), pack(folder, 'en.json')];
		const texts: string[] = [];
		const walk = (value: unknown) => {
			if (typeof value === 'string') texts.push(`- ${value}`);
			else if (value && typeof value === 'object') Object.values(value).forEach(walk);
		};
		walk(data);
		const title = name.replace(/\.json$/, '').toUpperCase();
		write(join(docs, 'help/country', name.replace(/\.json$/, '.md')), hidden(title, texts.join('\n')));
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

function pack(folder: string, file: string): unknown {
	return JSON.parse(readFileSync(join(folder, file), 'utf8'));
}
