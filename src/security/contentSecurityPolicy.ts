import { createHash } from 'node:crypto';
import { h, HtmlEdit, textOf, type ElementNode } from '../html/htmlEdit.ts';

/**
 * The policy every page carries. Scripts: this site's files and the exact inline scripts of the
 * page (by hash), never 'unsafe-inline'; 'wasm-unsafe-eval' lets Pagefind run its WebAssembly.
 * Styles allow inline style attributes (Starlight's icons set CSS variables in them); that is not
 * a way to run code. Nothing may load from another origin.
 * @see https://developer.mozilla.org/en-US/docs/Web/HTTP/CSP
 */
export function policyFor(scriptHashes: string[]): string {
	return policy(["'self'"], ["'wasm-unsafe-eval'", ...quoted(scriptHashes)], "connect-src 'self'");
}

/**
 * The policy of a page in an offline pack, opened from disk (`file://`) or served by an offline
 * platform such as Kolibri. Browsers disagree on whether 'self' covers other files on disk, so
 * `file:` is named too; a page on disk can reach only the disk. The search index is a script
 * file, so nothing is fetched (no connect-src), and there is no Pagefind WebAssembly to allow.
 */
export function offlinePolicyFor(scriptHashes: string[]): string {
	return policy(["'self'", 'file:'], quoted(scriptHashes), "connect-src 'none'");
}

const quoted = (hashes: string[]) => hashes.map((hash) => `'${hash}'`);

function policy(self: string[], scripts: string[], connect: string): string {
	const own = self.join(' ');
	return [
		`default-src ${own}`,
		[`script-src ${own}`, ...scripts].join(' '),
		`style-src ${own} 'unsafe-inline'`,
		`img-src ${own} data:`,
		`font-src ${own}`,
		connect,
		"object-src 'none'",
		"base-uri 'self'",
		`form-action ${own}`,
	].join('; ');
}

/**
 * A built page made safe, in one parse of it:
 * - the policy, with the sha256 hashes of the page's own inline scripts, and a strict referrer
 *   policy go first in its `<head>`;
 * - links to other sites open without telling them where the reader came from, and without
 *   giving them a handle on this page (`rel="noopener noreferrer"`, other rel values kept).
 */
export function securePage(html: string, siteOrigin: string): string {
	return secure(new HtmlEdit(html), siteOrigin);
}

/** `securePage` on a page already parsed (the build reads its links from the same parse). */
export function secure(page: HtmlEdit, siteOrigin: string): string {
	const hashes = new Set<string>();
	let head: ElementNode | undefined;
	for (const element of page.elements) {
		const name = element.name.toLowerCase();
		if (name === 'head') head ??= element;
		else if (name === 'script' && isInlineScript(element)) hashes.add(sha256(textOf(element)));
		else if (name === 'a' && isExternal(element, siteOrigin))
			page.setAttribute(element, 'rel', safeRel(element));
	}
	if (head) {
		page.prepend(
			head,
			h('meta', { 'http-equiv': 'Content-Security-Policy', content: policyFor([...hashes]) }),
			h('meta', { name: 'referrer', content: 'no-referrer' }),
		);
	}
	return page.toString();
}

/** A script whose code is in the page (not `src`, not JSON data). */
function isInlineScript(script: ElementNode): boolean {
	const type = script.attributes.type?.toLowerCase();
	return !('src' in script.attributes) && type !== 'application/json' && type !== 'application/ld+json';
}

function sha256(text: string): string {
	return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

/** A link to a page of another site (not this one, not a relative or `mailto:` link). */
function isExternal(link: ElementNode, siteOrigin: string): boolean {
	const { href } = link.attributes;
	return href !== undefined && /^https?:\/\//i.test(href) && new URL(href).origin !== siteOrigin;
}

/** The link's rel values with `noopener noreferrer`. */
function safeRel(link: ElementNode): string {
	const values = link.attributes.rel?.split(/\s+/).filter(Boolean) ?? [];
	return [...new Set([...values, 'noopener', 'noreferrer'])].join(' ');
}
