import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { offlinePolicyFor } from '../../../src/security/contentSecurityPolicy.ts';
import { attr, find, walk } from './hast.ts';
import { packUrl } from './packUrls.ts';
import type { PackPage } from './relativeLinks.ts';
import { relativeUrl } from './siteUrls.ts';

/**
 * Takes out the page's module scripts that load from a file (`<script type="module" src>`) and
 * returns their files in the order they run. Browsers refuse module scripts from `file://`
 * (modules need CORS, and a file on disk has no origin to grant it), so the pack runs them as
 * one classic script instead (scriptBundles.ts). Inline module scripts import nothing and stay.
 */
export function takeModuleScripts(tree: Root, page: PackPage): string[] {
	const files: string[] = [];
	walk(tree, (element, parent, index) => {
		if (element.tagName !== 'script' || attr(element, 'type') !== 'module') return;
		const src = attr(element, 'src');
		if (src === undefined) return 'skip';
		const target = packUrl(src, page.file, page.packPath, page.layout);
		if (target.kind !== 'relative' || !target.asset) {
			page.problems.push(`${page.file} → ${src} (a module script that is not a file of the site)`);
			return 'skip';
		}
		files.push(target.asset);
		parent.children.splice(index, 1);
		return index;
	});
	return files;
}

/**
 * Adds stylesheets and classic scripts (files in the pack) to the end of `<head>`; the scripts
 * deferred, so they run after the page is parsed, in order, as module scripts do.
 */
export function addToHead(tree: Root, packPath: string, { styles = [], scripts = [] }: PackHeadFiles): void {
	const head = find(tree, (element) => element.tagName === 'head');
	if (!head) throw new Error(`${packPath}: no <head> to add scripts to.`);
	for (const style of styles)
		head.children.push(h('link', { rel: 'stylesheet', href: relativeUrl(packPath, style) }));
	for (const script of scripts)
		head.children.push(h('script', { defer: true, src: relativeUrl(packPath, script) }));
}

export interface PackHeadFiles {
	styles?: string[];
	scripts?: string[];
}

/**
 * Replaces the page's Content-Security-Policy with the offline one, first in `<head>`, hashing
 * the inline scripts the page has now.
 */
export function setOfflinePolicy(tree: Root, packPath: string): void {
	const head = find(tree, (element) => element.tagName === 'head');
	if (!head) throw new Error(`${packPath}: no <head> for the Content-Security-Policy.`);
	const hashes = new Set<string>();
	walk(tree, (element, parent, index) => {
		if (
			element.tagName === 'meta' &&
			attr(element, 'httpEquiv')?.toLowerCase() === 'content-security-policy'
		) {
			parent.children.splice(index, 1);
			return index;
		}
		if (isInlineScript(element)) {
			hashes.add(`sha256-${createHash('sha256').update(scriptText(element)).digest('base64')}`);
		}
	});
	head.children.unshift(
		h('meta', { httpEquiv: 'Content-Security-Policy', content: offlinePolicyFor([...hashes].sort()) }),
	);
}

function isInlineScript(element: Element): boolean {
	if (element.tagName !== 'script' || attr(element, 'src') !== undefined) return false;
	return !/^application\/(ld\+)?json$/i.test(attr(element, 'type') ?? '');
}

/** A script's text exactly as it is written out (hast keeps script bodies as raw text). */
function scriptText(element: Element): string {
	return element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}
