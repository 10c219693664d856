import { createHash } from 'node:crypto';

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

/** sha256 hashes of a page's inline scripts, in CSP form. */
export function inlineScriptHashes(html: string): string[] {
	const hashes = new Set<string>();
	for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		if (/\ssrc=/i.test(attributes!) || /type="application\/(ld\+)?json"/i.test(attributes!)) continue;
		hashes.add(`sha256-${createHash('sha256').update(body!).digest('base64')}`);
	}
	return [...hashes];
}

/** Puts the policy, and a strict referrer policy, at the start of the page's <head>. */
export function withContentSecurityPolicy(html: string): string {
	const tags =
		`<meta http-equiv="Content-Security-Policy" content="${policyFor(inlineScriptHashes(html))}">` +
		'<meta name="referrer" content="no-referrer">';
	return html.replace(/<head>/i, (head) => `${head}${tags}`);
}

/**
 * Links to other sites open without telling them where the reader came from, and without giving
 * them a handle on this page.
 */
export function withSafeExternalLinks(html: string, siteOrigin: string): string {
	return html.replace(
		/<a\b([^>]*?)\shref="(https?:\/\/[^"]+)"([^>]*)>/gi,
		(match, before: string, href: string, after: string) => {
			if (new URL(href).origin === siteOrigin) return match;
			const attributes = `${before}${after}`;
			const rel = /\srel="([^"]*)"/i.exec(attributes);
			const values = new Set([...(rel?.[1]?.split(/\s+/).filter(Boolean) ?? []), 'noopener', 'noreferrer']);
			const without = `${before}`.replace(/\srel="[^"]*"/i, '');
			const rest = `${after}`.replace(/\srel="[^"]*"/i, '');
			return `<a${without} href="${href}" rel="${[...values].join(' ')}"${rest}>`;
		},
	);
}
