import { describe, expect, it } from 'vitest';
import { withContentLinks } from '../../src/html/contentLinks.ts';
import type { LinkLocales } from '../../src/i18n/localiseContentLinks.ts';

/** Links as MarkdownContent makes them, without a site address (so without print addresses). */
const localiseContentLinks = (html: string, locales: LinkLocales) =>
	withContentLinks(html, locales, undefined);

const link = (href: string) => `<p><a class="x" href="${href}">text</a></p>`;

describe('content links', () => {
	it('leaves links alone on a page in its own locale at the site root', () => {
		const html = link('/en/help/');
		expect(localiseContentLinks(html, { base: '/', contentLocale: 'en', pageLocale: 'en' })).toBe(html);
	});

	it('moves links into the reader’s locale on a fallback page', () => {
		expect(
			localiseContentLinks(link('/en/help/#report'), { base: '/', contentLocale: 'en', pageLocale: 'ar' }),
		).toBe(link('/ar/help/#report'));
	});

	it('adds the base path, once', () => {
		const options = { base: '/kit/', contentLocale: 'en', pageLocale: 'nl' };
		expect(localiseContentLinks(link('/en/help/'), options)).toBe(link('/kit/nl/help/'));
		expect(localiseContentLinks(link('/kit/en/help/'), options)).toBe(link('/kit/nl/help/'));
		expect(localiseContentLinks(link('/favicon.svg'), options)).toBe(link('/kit/favicon.svg'));
	});

	it('keeps links that point at another locale, other sites, or relative paths', () => {
		const options = { base: '/kit/', contentLocale: 'en', pageLocale: 'nl' };
		expect(localiseContentLinks(link('/fr/help/'), options)).toBe(link('/kit/fr/help/'));
		expect(localiseContentLinks(link('/english/'), options)).toBe(link('/kit/english/'));
		for (const href of ['https://stopncii.org/', '//example.org/', '../help/', '#sources', 'mailto:a@b.c']) {
			expect(localiseContentLinks(link(href), options)).toBe(link(href));
		}
	});
});

describe('a link that names its language', () => {
	it('is kept as it is: "read the English original" stays English, with its base path', () => {
		const original = '<p><a href="/kit/en/lessons/11-13/ask-first/student/" hreflang="en">English</a></p>';
		const dutch = { base: '/kit/', contentLocale: 'nl', pageLocale: 'nl', sourceLocale: 'en' };
		expect(localiseContentLinks(original, dutch)).toBe(original);
	});
});

describe('links in a translated page', () => {
	const dutch = { base: '/', contentLocale: 'nl', pageLocale: 'nl', sourceLocale: 'en' };

	it('go to the same locale when the translator kept the source locale’s /en/ prefix', () => {
		expect(localiseContentLinks(link('/en/help/#report'), dutch)).toBe(link('/nl/help/#report'));
		expect(localiseContentLinks(link('/en/'), dutch)).toBe(link('/nl/'));
		expect(localiseContentLinks(link('/en/lessons/11-13/real-or-fake/'), { ...dutch, base: '/kit/' })).toBe(
			link('/kit/nl/lessons/11-13/real-or-fake/'),
		);
	});

	it('keep links the translator already wrote in the page’s locale, or meant for another locale', () => {
		expect(localiseContentLinks(link('/nl/help/'), dutch)).toBe(link('/nl/help/'));
		expect(localiseContentLinks(link('/fr/help/'), dutch)).toBe(link('/fr/help/'));
		expect(localiseContentLinks(link('/english/'), dutch)).toBe(link('/english/'));
	});
});
