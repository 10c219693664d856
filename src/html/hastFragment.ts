import type { ElementContent, Properties, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h, s } from 'hastscript';
import { COMMENT_NODE, ELEMENT_NODE, parse, TEXT_NODE, type Node } from 'ultrahtml';

/**
 * HTML as a hast tree, for HTML the build itself wrote (a lesson's rendered view): parsed with
 * ultrahtml, several times faster than parse5, and built with hastscript as
 * hast-util-from-parse5 builds it, so the tree is the one `fromHtml(html, { fragment: true })`
 * gives (without positions). ultrahtml leaves character references as written; the common ones
 * are decoded here, and HTML with any other reference goes to parse5, which knows them all. The
 * build's HTML is well formed, so parse5's repairs of broken markup are not needed; slides are
 * made from it for every lesson in every locale, and parse5 was most of their cost.
 */
export function hastFragment(html: string): Root {
	const document = parse(html) as { children: Node[] };
	try {
		return { type: 'root', children: hastNodes(document.children) };
	} catch (error) {
		if (error === OTHER_REFERENCE) return fromHtml(html, { fragment: true });
		throw error;
	}
}

/** ultrahtml's nodes as hast's; throws OTHER_REFERENCE where only parse5 can decode the text. */
export function hastNodes(nodes: Node[]): RootContent[] {
	return nodes.flatMap((node) => hastOf(node, false));
}

/** A character reference other than those `decode` knows (or a number parse5 would map). */
export const OTHER_REFERENCE =
	/&(?!(?:amp|lt|gt|quot|apos|nbsp|#[1-9]\d{0,4}|#x[1-9a-f][\da-f]{0,3});)[#a-z\d]/i;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const REFERENCE = /&(amp|lt|gt|quot|apos|nbsp|#\d+|#x[\da-f]+);/gi;

/** Text with its character references as characters; any other reference throws OTHER_REFERENCE. */
function decode(text: string): string {
	if (!text.includes('&')) return text;
	if (OTHER_REFERENCE.test(text)) throw OTHER_REFERENCE;
	return text.replace(REFERENCE, (_, name: string) => {
		if (name[0] !== '#') return NAMED[name.toLowerCase()]!;
		const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
		if (code >= 0xd800 && code <= 0xdfff) return '\ufffd';
		return NUMERIC_EXCEPTIONS.get(code) ?? String.fromCodePoint(code);
	});
}

/** Numeric references HTML maps to other characters (windows-1252 and invalid code points). */
const NUMERIC_EXCEPTIONS = new Map<number, string>(
	[
		[0x80, 0x20ac],
		[0x82, 0x201a],
		[0x83, 0x0192],
		[0x84, 0x201e],
		[0x85, 0x2026],
		[0x86, 0x2020],
		[0x87, 0x2021],
		[0x88, 0x02c6],
		[0x89, 0x2030],
		[0x8a, 0x0160],
		[0x8b, 0x2039],
		[0x8c, 0x0152],
		[0x8e, 0x017d],
		[0x91, 0x2018],
		[0x92, 0x2019],
		[0x93, 0x201c],
		[0x94, 0x201d],
		[0x95, 0x2022],
		[0x96, 0x2013],
		[0x97, 0x2014],
		[0x98, 0x02dc],
		[0x99, 0x2122],
		[0x9a, 0x0161],
		[0x9b, 0x203a],
		[0x9c, 0x0153],
		[0x9e, 0x017e],
		[0x9f, 0x0178],
	].map(([from, to]) => [from!, String.fromCodePoint(to!)]),
);

/** Elements whose text is not parsed for references. */
const RAW_TEXT = new Set(['script', 'style']);
/** Elements whose first newline, right after the start tag, is not part of their text. */
const LEADING_NEWLINE = new Set(['pre', 'textarea', 'listing']);

function hastOf(node: Node, inSvg: boolean, raw = false): RootContent[] {
	if (node.type === TEXT_NODE)
		return node.value ? [{ type: 'text', value: raw ? node.value : decode(node.value) }] : [];
	if (node.type === COMMENT_NODE) return [{ type: 'comment', value: node.value }];
	if (node.type !== ELEMENT_NODE) return [];
	const name = inSvg ? node.name : node.name.toLowerCase();
	const svg = inSvg || name === 'svg';
	const properties: Properties = {};
	for (const [attribute, value] of Object.entries(node.attributes as Record<string, string>))
		properties[svg ? attribute : attribute.toLowerCase()] = decode(value);
	const children = node.children.flatMap((child: Node) =>
		hastOf(child, svg && name !== 'foreignObject', RAW_TEXT.has(name)),
	) as ElementContent[];
	const first = children[0];
	if (LEADING_NEWLINE.has(name) && first?.type === 'text' && first.value.startsWith('\n')) {
		first.value = first.value.slice(1);
		if (!first.value) children.shift();
	}
	return [(svg ? s : h)(name, properties, children)];
}
