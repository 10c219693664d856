import { describe, expect, it } from 'vitest';
import { withContentLinks } from '../../src/html/contentLinks.ts';

describe('link addresses for print', () => {
	const site = new URL('https://lessons.example.org');
	const english = { base: '/kit/', contentLocale: 'en', pageLocale: 'en' };
	const addPrintAddresses = (html: string) => withContentLinks(html, english, site);

	it('adds the full address of links into the site, and only once', () => {
		const once = addPrintAddresses('<a class="x" href="/kit/en/help/#report">Help</a>');
		expect(once).toBe(
			'<a class="x" href="/kit/en/help/#report" data-print-href="https://lessons.example.org/kit/en/help/#report">Help</a>',
		);
		expect(addPrintAddresses(once)).toBe(once);
	});

	it('gives the address the link has once it follows the base path and the reader’s locale', () => {
		const dutch = withContentLinks('<a href="/en/help/">Hulp</a>', { ...english, pageLocale: 'nl' }, site);
		expect(dutch).toBe(
			'<a href="/kit/nl/help/" data-print-href="https://lessons.example.org/kit/nl/help/">Hulp</a>',
		);
	});

	it('leaves links to other sites, anchors and protocol-relative links alone', () => {
		const html = '<a href="https://other.example/">x</a><a href="#top">y</a><a href="//cdn.example/">z</a>';
		expect(addPrintAddresses(html)).toBe(html);
	});

	it('writes the other attributes of a link it changes as they were, and leaves the rest byte for byte', () => {
		const html = addPrintAddresses(
			`<p hidden><a href="/kit/en/x/" title='say "hi"' data-n="1 &amp; 2">x</a><a href='#x' download>y</a></p>`,
		);
		expect(html).toBe(
			'<p hidden><a href="/kit/en/x/" title="say &quot;hi&quot;" data-n="1 &amp; 2" ' +
				`data-print-href="https://lessons.example.org/kit/en/x/">x</a><a href='#x' download>y</a></p>`,
		);
	});
});
