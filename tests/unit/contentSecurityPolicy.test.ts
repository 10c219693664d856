import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	inlineScriptHashes,
	policyFor,
	withContentSecurityPolicy,
	withSafeExternalLinks,
} from '../../src/security/contentSecurityPolicy.ts';

const hash = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('Content-Security-Policy', () => {
	it('allows exactly the inline scripts of the page, by hash, and never unsafe-inline for scripts', () => {
		const html =
			'<head></head><script>alert(1)</script><script type="module">go()</script><script src="/a.js"></script>';
		expect(inlineScriptHashes(html)).toEqual([hash('alert(1)'), hash('go()')]);
		const policy = policyFor(inlineScriptHashes(html));
		const scriptSrc = policy.split('; ').find((part) => part.startsWith('script-src'))!;
		expect(scriptSrc).toBe(`script-src 'self' 'wasm-unsafe-eval' '${hash('alert(1)')}' '${hash('go()')}'`);
		expect(scriptSrc).not.toContain('unsafe-inline');
		expect(policy).toContain("default-src 'self'");
		expect(policy).toContain("object-src 'none'");
	});

	it('goes first in <head>, with a no-referrer policy', () => {
		const page = withContentSecurityPolicy(
			'<html><head><title>x</title></head><body><script>x()</script></body></html>',
		);
		expect(page).toMatch(
			/^<html><head><meta http-equiv="Content-Security-Policy" content="[^"]+"><meta name="referrer" content="no-referrer"><title>/,
		);
	});
});

describe('links to other sites', () => {
	it('get rel="noopener noreferrer", keeping other rel values', () => {
		expect(withSafeExternalLinks('<a href="https://stopncii.org/">S</a>', 'https://kit.example')).toBe(
			'<a href="https://stopncii.org/" rel="noopener noreferrer">S</a>',
		);
		expect(
			withSafeExternalLinks(
				'<a class="x" href="https://x.example/" rel="license">L</a>',
				'https://kit.example',
			),
		).toBe('<a class="x" href="https://x.example/" rel="license noopener noreferrer">L</a>');
	});

	it('leave links within the site alone', () => {
		const html = '<a href="https://kit.example/en/help/">H</a><a href="/en/">E</a>';
		expect(withSafeExternalLinks(html, 'https://kit.example')).toBe(html);
	});
});
