import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HtmlEdit } from '../../src/html/htmlEdit.ts';
import { policyFor, securePage } from '../../src/security/contentSecurityPolicy.ts';

const hash = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
const ORIGIN = 'https://kit.example';

/** The policy a secured page carries in its <meta>. */
function policyOf(html: string): string {
	const meta = new HtmlEdit(html).elements.find(
		(element) => element.attributes['http-equiv'] === 'Content-Security-Policy',
	);
	return meta!.attributes.content!;
}

describe('Content-Security-Policy', () => {
	it('allows exactly the inline scripts of the page, by hash, and never unsafe-inline for scripts', () => {
		const page = securePage(
			'<html><head></head><body><script>alert(1)</script><script type="module">go()</script>' +
				'<script src="/a.js"></script><script type="application/ld+json">{"a":1}</script>' +
				'<script>if (a < b && c) {}</script></body></html>',
			ORIGIN,
		);
		const policy = policyOf(page);
		const scriptSrc = policy.split('; ').find((part) => part.startsWith('script-src'))!;
		expect(scriptSrc).toBe(
			`script-src 'self' 'wasm-unsafe-eval' '${hash('alert(1)')}' '${hash('go()')}' '${hash('if (a < b && c) {}')}'`,
		);
		expect(scriptSrc).not.toContain('unsafe-inline');
		expect(policy).toBe(policyFor([hash('alert(1)'), hash('go()'), hash('if (a < b && c) {}')]));
		expect(policy).toContain("default-src 'self'");
		expect(policy).toContain("object-src 'none'");
		expect(page, 'scripts are written back exactly as they were hashed').toContain(
			'<script>if (a < b && c) {}</script>',
		);
	});

	it('goes first in <head>, with a no-referrer policy', () => {
		const page = securePage(
			'<html><head><title>x</title></head><body><script>x()</script></body></html>',
			ORIGIN,
		);
		expect(page).toMatch(
			/^<html><head><meta http-equiv="Content-Security-Policy" content="[^"]+"><meta name="referrer" content="no-referrer"><title>/,
		);
	});
});

describe('links to other sites', () => {
	it('get rel="noopener noreferrer", keeping other rel values', () => {
		expect(securePage('<a href="https://stopncii.org/">S</a>', ORIGIN)).toBe(
			'<a href="https://stopncii.org/" rel="noopener noreferrer">S</a>',
		);
		expect(securePage('<a class="x" href="https://x.example/" rel="license">L</a>', ORIGIN)).toBe(
			'<a class="x" href="https://x.example/" rel="license noopener noreferrer">L</a>',
		);
	});

	it('leave links within the site alone', () => {
		const html = '<a href="https://kit.example/en/help/">H</a><a href="/en/">E</a>';
		expect(securePage(html, ORIGIN)).toBe(html);
	});
});
