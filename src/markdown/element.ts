import { h } from 'hastscript';
import type { Paragraph } from 'mdast';

type Properties = Record<string, string | number | boolean | string[] | undefined>;

/**
 * An mdast node that turns into the given HTML element, with Markdown children. The same trick
 * Starlight's asides use: a paragraph whose `hName` and `hProperties` replace its tag.
 * @see https://github.com/syntax-tree/mdast-util-to-hast#fields-on-nodes
 */
export function element(tagName: string, properties: Properties = {}, children: unknown[] = []): Paragraph {
	const normalised = h(tagName, properties);
	return {
		type: 'paragraph',
		data: { hName: normalised.tagName, hProperties: normalised.properties },
		children: children as Paragraph['children'],
	};
}

/** A text node. */
export function text(value: string) {
	return { type: 'text' as const, value };
}

/**
 * A deep copy as plain data, without source positions or the parser's internal fields, so that
 * the question can be rendered, exported and stored in the page's frontmatter.
 */
export function plain<T>(value: T): T {
	if (Array.isArray(value)) return value.map((item) => plain(item)) as T;
	if (value === null || typeof value !== 'object') return value;
	const copy: Record<string, unknown> = {};
	for (const key of Object.keys(value)) {
		if (key === 'position' || key.startsWith('_')) continue;
		copy[key] = plain((value as Record<string, unknown>)[key]);
	}
	return copy as T;
}
