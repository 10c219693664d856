import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { attr, find, findAll, hasAttr, textOf } from './hast.ts';
import type { BuiltSite } from './siteUrls.ts';

/** A README section: its heading, and its paragraphs and list items as lines of text. */
export interface ReadmeSection {
	heading: string;
	paragraphs: string[];
}

/** Everything a pack says in one locale, as the locale's "Use it offline" page says it. */
export interface OfflineWords {
	/** The offline search form (`.pagefind-ui`), and its messages as hast properties (`dataNone`, …). */
	searchForm: Element;
	searchMessages: Record<string, string>;
	/** The words of the packs list, from `[data-kit-packs]`: `inPack`, `details`, `all`, `kolibri`, … */
	packs: Record<string, string>;
	readme: { title: string; sections: ReadmeSection[]; licence: string };
}

/** The page's sections that make the README, by heading id. */
const README_SECTIONS = ['open', 'shared', 'private', 'differences'];

/**
 * Reads what a pack says in a locale from the built "Use it offline" page
 * (src/pages/[locale]/offline.astro), so that every word of a pack is a UI string that the site
 * build translated: the search form in its `<template>`, the packs list's words in the data
 * attributes of `[data-kit-packs]`, and the README from the page's sections.
 */
export function readOfflineWords(site: BuiltSite, locale: string): OfflineWords {
	const file = `${locale}/offline/index.html`;
	if (!site.files.has(file))
		throw new Error(`${file} is missing from the built site: the packs take their words from it.`);
	const tree = fromHtml(readFileSync(join(site.dist, file), 'utf8'));
	const template = find(tree, (element) => hasAttr(element, 'dataKitOfflineSearchForm'));
	const form = template?.content && find(template.content, (element) => hasClass(element, 'pagefind-ui'));
	const list = find(tree, (element) => hasAttr(element, 'dataKitPacks'));
	if (!template || !form || !list) throw new Error(`${file} has no offline search form or packs list.`);
	const messages = Object.entries(template.properties).filter(([name]) =>
		/^data(Count|None|Error)/.test(name),
	);
	const packs = Object.fromEntries(
		Object.entries(list.properties)
			.filter(([name]) => name.startsWith('data') && name !== 'dataKitPacks')
			.map(([name, value]) => [name[4]!.toLowerCase() + name.slice(5), String(value)]),
	);
	return {
		searchForm: form,
		searchMessages: Object.fromEntries(messages.map(([name, value]) => [name, String(value)])),
		packs,
		readme: {
			title: packs.readmeTitle ?? '',
			sections: README_SECTIONS.map((id) => section(tree, id, file)),
			licence: packs.licence ?? '',
		},
	};
}

/** The text under the `<h2 id>` of a Starlight page, up to the next heading of that level. */
function section(tree: Root, id: string, file: string): ReadmeSection {
	const heading = find(tree, (element) => element.tagName === 'h2' && attr(element, 'id') === id);
	if (!heading) throw new Error(`${file} has no section "${id}" for the README.`);
	// Starlight wraps headings in `.sl-heading-wrapper`; the section is what follows the wrapper.
	const wrapper = find(
		tree,
		(element) => element.children.includes(heading) && hasClass(element, 'sl-heading-wrapper'),
	);
	const start = wrapper ?? heading;
	const parent = find(tree, (element) => element.children.includes(start))!;
	const after = parent.children.slice(parent.children.indexOf(start) + 1);
	const end = after.findIndex((node) => isHeading(node));
	const paragraphs = (end === -1 ? after : after.slice(0, end)).flatMap((node) => lines(node));
	return { heading: clean(textOf(heading)), paragraphs };
}

function lines(node: ElementContent): string[] {
	if (node.type !== 'element' || hasAttr(node, 'dataKitOnlineOnly')) return [];
	if (node.tagName === 'ol' || node.tagName === 'ul') {
		const items = findAll(node, (item) => item.tagName === 'li' && !hasAttr(item, 'dataKitOnlineOnly'));
		return items.map((item, i) => `${node.tagName === 'ol' ? `${i + 1}.` : '-'} ${clean(textOf(item))}`);
	}
	const text = clean(textOf(node));
	return text ? [text] : [];
}

const isHeading = (node: ElementContent) =>
	node.type === 'element' && (node.tagName === 'h2' || hasClass(node, 'sl-heading-wrapper'));
const hasClass = (element: Element, name: string) =>
	(attr(element, 'className') ?? '').split(' ').includes(name);
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
