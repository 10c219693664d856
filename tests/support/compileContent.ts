import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { projectRoot } from '../../scripts/lib/projectRoot.ts';
import { kitMarkdown } from '../../src/markdown/kitMarkdown.ts';
import type { KitMarkdownOptions } from '../../src/markdown/setup.ts';
import { testTranslations } from './translations.ts';

const DEFAULTS: KitMarkdownOptions = {
	locales: ['en', 'nl', 'es', 'fr', 'ar'],
	defaultLocale: 'en',
	contentDir: pathToFileURL(join(projectRoot, 'lessons/')),
	translations: testTranslations,
};

/**
 * Compiles a content file through the kit's Markdown plugins in memory, as the build does (the
 * frontmatter handed to plugins, its lines kept blank so line numbers match the file), without
 * building a site. `file` is the path from the project root, e.g. `lessons/en/lessons/8-10/x.mdx`.
 */
export function compileContent(source: string, file: string, options: Partial<KitMarkdownOptions> = {}) {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
	const frontmatter = match ? (parseYaml(match[1]!) as Record<string, unknown>) : {};
	const body = match ? match[0].replace(/[^\n]/g, '') + source.slice(match[0].length) : source;
	const result = markdownToHtml(body, {
		mdastPlugins: [kitMarkdown({ ...DEFAULTS, ...options })],
		features: { directive: true },
		fileURL: pathToFileURL(join(projectRoot, file)),
		data: {
			astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() },
		},
	}) as MarkdownToHtmlResult;
	return { html: result.html, frontmatter };
}

/** The message the build stops with for a content file, or undefined if it compiles. */
export function contentProblem(source: string, file: string, options: Partial<KitMarkdownOptions> = {}) {
	try {
		compileContent(source, file, options);
		return undefined;
	} catch (error) {
		return (error as Error).message;
	}
}
