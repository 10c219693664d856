import { pathToFileURL } from 'node:url';
import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { kitMarkdown } from '../../src/markdown/kitMarkdown.ts';

const plugin = kitMarkdown({ locales: ['en', 'nl', 'es', 'fr', 'ar'], defaultLocale: 'en' });

function render(markdown: string) {
	const result = markdownToHtml(markdown, {
		mdastPlugins: [plugin],
		features: { directive: true },
		fileURL: pathToFileURL('lessons/en/lessons/11-13/slides.mdx'),
	}) as MarkdownToHtmlResult;
	return result.html;
}

describe('the ::slide-break marker', () => {
	it('becomes an empty hidden marker that pages do not show', () => {
		const html = render('First slide.\n\n::slide-break\n\nSecond slide.');
		expect(html).toContain('<div class="kit-slide-break" data-kit-slide-break="" hidden></div>');
		expect(html).not.toContain('::slide-break');
		expect(html).toContain('<p>Second slide.</p>');
	});

	it('stops the build on a marker the kit does not know, naming the line and the known ones', () => {
		expect(() => render('Text.\n\n::slide-brake\n')).toThrow(
			/slides\.mdx:3: "::slide-brake" is not a marker the kit knows\. Use one of: ::slide-break\./,
		);
	});
});
