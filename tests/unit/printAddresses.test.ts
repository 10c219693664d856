import { describe, expect, it } from 'vitest';
import { addPrintAddresses } from '../../src/print/printAddresses.ts';

describe('link addresses for print', () => {
	const site = new URL('https://lessons.example.org');

	it('adds the full address of links into the site, and only once', () => {
		const once = addPrintAddresses('<a class="x" href="/kit/en/help/#report">Help</a>', site);
		expect(once).toBe(
			'<a data-print-href="https://lessons.example.org/kit/en/help/#report" class="x" href="/kit/en/help/#report">Help</a>',
		);
		expect(addPrintAddresses(once, site)).toBe(once);
	});

	it('leaves links to other sites, anchors and protocol-relative links alone', () => {
		const html = '<a href="https://other.example/">x</a><a href="#top">y</a><a href="//cdn.example/">z</a>';
		expect(addPrintAddresses(html, site)).toBe(html);
	});
});
