import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { glossaryFile, readGlossary } from '../../src/markdown/glossaryLinks.ts';
import { kitMarkdown } from '../../src/markdown/kitMarkdown.ts';
import { testTranslations } from '../support/translations.ts';

// A content folder with an English glossary of two terms.
const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
mkdirSync(join(dir, 'en'));
writeFileSync(
	join(dir, 'en/glossary.mdx'),
	'---\ntitle: Glossary\n---\n\n## AI (artificial intelligence)\n\nx\n\n## Deepfake\n\ny\n',
);
const contentDir = pathToFileURL(`${dir}/`);

function render(markdown: string, file = 'lessons/en/lessons/11-13/x.mdx') {
	const result = markdownToHtml(markdown, {
		mdastPlugins: [
			kitMarkdown({ locales: ['en'], defaultLocale: 'en', contentDir, translations: testTranslations }),
		],
		features: { directive: true },
		fileURL: pathToFileURL(file),
		data: {
			astro: { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() },
		},
	}) as MarkdownToHtmlResult;
	return result.html;
}

describe('glossary links in lessons', () => {
	it('find a locale’s glossary as Markdown, or as MDX where only that exists', () => {
		const root = mkdtempSync(join(tmpdir(), 'glossary-file-'));
		const folder = pathToFileURL(`${root}/`);
		mkdirSync(join(root, 'nl'));
		expect(glossaryFile(folder, 'nl').href).toBe(new URL('nl/glossary.md', folder).href);
		writeFileSync(join(root, 'nl/glossary.mdx'), '## Deepfake\n');
		expect(glossaryFile(folder, 'nl').href).toBe(new URL('nl/glossary.mdx', folder).href);
		writeFileSync(join(root, 'nl/glossary.md'), '## Deepfake\n');
		expect(glossaryFile(folder, 'nl').href).toBe(new URL('nl/glossary.md', folder).href);
	});

	it('reads terms and their anchors from the glossary headings', () => {
		expect(readGlossary(new URL('en/glossary.mdx', contentDir))).toEqual([
			{ forms: ['AI', 'artificial intelligence'], anchor: 'ai-artificial-intelligence' },
			{ forms: ['Deepfake'], anchor: 'deepfake' },
		]);
	});

	it('links the first use of each term in a lesson, not headings or later uses', () => {
		const html = render('## Deepfakes\n\nDeepfakes are made with AI. Another deepfake.\n');
		expect(html).toContain('<h2>Deepfakes</h2>');
		expect(html).toContain(
			'<a href="/en/glossary/#deepfake" class="kit-glossary-link">Deepfakes</a> are made with',
		);
		expect(html).toContain(
			'<a href="/en/glossary/#ai-artificial-intelligence" class="kit-glossary-link">AI</a>.',
		);
		expect(html).toContain('Another deepfake.');
	});

	it('leaves pages outside the age band folders alone', () => {
		expect(render('A deepfake.\n', 'lessons/en/teachers/guide.mdx')).not.toContain('kit-glossary-link');
	});
});
