import type { Element, Root } from 'hast';
import { attr, findAll, walk } from './hast.ts';
import { packUrl, rewriteCssUrls, type PackLayout, type PackUrl } from './packUrls.ts';

/** One page on its way into a pack. */
export interface PackPage {
	/** Its file in the built site. */
	file: string;
	/** Its path in the pack. */
	packPath: string;
	layout: PackLayout;
	/** Files of the site (not pages) that the page uses; the pack must carry them. */
	assets: Set<string>;
	/** URLs that lead nowhere, as "page → url". */
	problems: string[];
}

/** Attributes that hold one URL. */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'action', 'data'];
/** `<link rel>` and `<meta property|name>` values that point readers at the published site. */
const SITE_ONLY_LINKS = new Set(['canonical', 'alternate', 'sitemap', 'manifest']);
const SITE_ONLY_META = new Set(['og:url', 'og:image', 'twitter:image', 'twitter:url']);

/**
 * Makes every URL in a page relative to where the page sits in the pack, as a tree edit: links,
 * images, scripts, styles, the language menu's options, `srcset`s and CSS `url()`s in style
 * attributes and `<style>`. What only makes sense on the published site goes: the canonical and
 * alternate links, the sitemap, `og:url`, and the full addresses print writes after links
 * (`data-print-href`). A link to a page that is not in this pack becomes plain text; a language
 * menu left with one language goes.
 */
export function makeLinksRelative(tree: Root, page: PackPage): void {
	const rewrite = (url: string): PackUrl => {
		const result = packUrl(url, page.file, page.packPath, page.layout);
		if (result.kind === 'relative' && result.asset) page.assets.add(result.asset);
		if (result.kind === 'missing')
			page.problems.push(`${page.file} → ${url} (no such file in the built site)`);
		return result;
	};
	const cssRewrite = (url: string) => {
		const result = rewrite(url);
		return result.kind === 'relative' ? result.url : undefined;
	};

	walk(tree, (element, parent, index) => {
		if (leavesPack(element)) {
			parent.children.splice(index, 1);
			return index;
		}
		delete element.properties.dataPrintHref;
		if (element.tagName === 'style') {
			for (const child of element.children) {
				if (child.type === 'text') child.value = rewriteCssUrls(child.value, cssRewrite);
			}
		}
		const style = attr(element, 'style');
		if (style?.includes('url(')) element.properties.style = rewriteCssUrls(style, cssRewrite);
		const srcset = attr(element, 'srcSet');
		if (srcset) element.properties.srcSet = rewriteSrcset(srcset, cssRewrite);

		for (const name of element.tagName === 'option' ? ['value'] : URL_ATTRIBUTES) {
			const url = attr(element, name);
			if (url === undefined || (name === 'value' && !url.startsWith('/'))) continue;
			const result = rewrite(url);
			if (result.kind === 'relative') element.properties[name] = result.url;
			if (result.kind !== 'not-in-pack') continue;
			if (element.tagName === 'a') {
				parent.children[index] = asText(element);
				return;
			}
			parent.children.splice(index, 1);
			return index;
		}
	});

	walk(tree, (element, parent, index) => {
		if (element.tagName !== 'starlight-lang-select') return;
		if (findAll(element, (option) => option.tagName === 'option').length > 1) return 'skip';
		parent.children.splice(index, 1);
		return index;
	});
}

function leavesPack(element: Element): boolean {
	if (element.tagName === 'link') {
		return (attr(element, 'rel') ?? '').split(' ').some((rel) => SITE_ONLY_LINKS.has(rel));
	}
	if (element.tagName === 'meta') {
		return SITE_ONLY_META.has(attr(element, 'property') ?? attr(element, 'name') ?? '');
	}
	return false;
}

/** A link to a page outside the pack, as its text: a `<span>` that keeps the link's language and classes. */
function asText(link: Element): Element {
	const { className, lang, dir } = link.properties;
	return { type: 'element', tagName: 'span', properties: { className, lang, dir }, children: link.children };
}

function rewriteSrcset(srcset: string, rewrite: (url: string) => string | undefined): string {
	return srcset
		.split(',')
		.map((candidate) => {
			const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
			return [rewrite(url) ?? url, ...descriptor].join(' ');
		})
		.join(', ');
}
