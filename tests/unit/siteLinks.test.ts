import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { HtmlEdit } from '../../src/html/htmlEdit.ts';
import { brokenLinksMessage, sourceOf } from '../../src/links/linkReport.ts';
import { describeBrokenLink, SiteLinks } from '../../src/links/siteLinks.ts';

const root = mkdtempSync(join(tmpdir(), 'kit-links-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A built site in a temporary folder: its files by path, and the link check run over its pages. */
function check(files: Record<string, string>, base = '/') {
	const dist = mkdtempSync(join(root, 'dist-'));
	for (const [path, html] of Object.entries(files)) {
		mkdirSync(dirname(join(dist, path)), { recursive: true });
		writeFileSync(join(dist, path), html);
	}
	const links = new SiteLinks(dist, base);
	for (const [path, html] of Object.entries(files))
		if (path.endsWith('.html')) links.add(path, new HtmlEdit(html).elements);
	return links.broken().map(describeBrokenLink);
}

describe('the build’s link check', () => {
	it('passes links to pages, folders, files and anchors that are there, and leaves other sites alone', () => {
		expect(
			check({
				'index.html':
					'<a href="/en/">English</a><a href="https://example.org/nowhere/">x</a><a href="mailto:a@b.c">m</a>',
				'en/index.html':
					'<h2 id="why-it-matters">Why</h2><a href="#why-it-matters">up</a><a href="help/#call">help</a>' +
					'<a href="/quiz-exports/en/a.gift">GIFT</a><a href="/en/help/?q=1&amp;b=2">search</a><a href="#">top</a>',
				'en/help/index.html':
					'<p id="call">Call</p><a href="../">back</a><a href="/en/#why-it-matters">why</a>' +
					'<a href="/en/./help/#call">dot</a><a href="/en/help/#">top</a><a href="/favicon.svg">icon</a>',
				'quiz-exports/en/a.gift': '::Q::',
				'favicon.svg': '<svg/>',
			}),
		).toEqual([]);
	});

	it('names each missing page or anchor once, with the first page that has it and how many do (anchors on their own page first)', () => {
		expect(
			check({
				'en/index.html': '<a href="/en/lessons/11-13/no-such-lesson/">gone</a><a href="#nowhere">toc</a>',
				'en/help/index.html':
					'<a href="/en/lessons/11-13/no-such-lesson/">gone</a><a href="/en/#call">call</a>' +
					'<a href="/en/help/#nowhere">here</a><a href="/en/a%ZZ/">bad escape</a>',
				'es/index.html': '<a href="/en/lessons/11-13/no-such-lesson/">gone</a>',
			}),
		).toEqual([
			'/en/ → #nowhere (no such anchor)',
			'/en/help/ → /en/help/#nowhere (no such anchor)',
			'/en/ → /en/lessons/11-13/no-such-lesson/ (no such page, on 3 pages)',
			'/en/help/ → /en/#call (no such anchor)',
			'/en/help/ → /en/a%ZZ/ (no such page)',
		]);
	});

	it('counts only files inside the built site, as a static host serves it', () => {
		// A file beside the site, reached with an encoded `..`, is not the site's.
		writeFileSync(join(root, 'outside.html'), '<p>Not the site</p>');
		expect(check({ 'en/index.html': '<a href="/%2e%2e%2foutside.html">out</a>' })).toEqual([
			'/en/ → /%2e%2e%2foutside.html (no such page)',
		]);
	});

	it('checks links under the base path the site is served from', () => {
		const site = {
			'en/index.html': '<a href="/kit/en/help/">help</a><a href="/en/help/">without the base</a>',
			'en/help/index.html': '<p>Help</p>',
		};
		expect(check(site, '/kit/')).toEqual(['/kit/en/ → /en/help/ (no such page)']);
		expect(check(site, '/kit')).toEqual(['/kit/en/ → /en/help/ (no such page)']);
	});

	it('names the content file to fix: the page’s own, the source locale’s it falls back to, or the lesson’s for its views', () => {
		const content = join(root, 'project/lessons');
		for (const file of ['en/index.mdx', 'en/help.md', 'nl/help.md', 'en/lessons/11-13/real-or-fake.md']) {
			mkdirSync(dirname(join(content, file)), { recursive: true });
			writeFileSync(join(content, file), '---\ntitle: x\n---\n');
		}
		const sources = { contentDir: pathToFileURL(`${content}/`), defaultLocale: 'en', base: '/' };
		expect(sourceOf('/en/', sources)).toBe('lessons/en/index.mdx');
		expect(sourceOf('/nl/help/', sources)).toBe('lessons/nl/help.md');
		expect(sourceOf('/es/help/', sources)).toBe('lessons/en/help.md');
		expect(sourceOf('/es/lessons/11-13/real-or-fake/present/speaker/', sources)).toBe(
			'lessons/en/lessons/11-13/real-or-fake.md',
		);
		expect(sourceOf('/en/lessons/', sources)).toBeUndefined();
		const message = brokenLinksMessage(
			[{ page: '/es/help/', href: '/es/nowhere/', why: 'no such page', pages: 1 }],
			sources,
		);
		expect(message).toContain('1 broken link in the built site');
		expect(message).toContain('lessons/en/help.md: /es/help/ → /es/nowhere/ (no such page)');
	});
});
