import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import type { Nodes } from 'hast';
import { hastDocument } from '../../src/html/hastDocument.ts';

/** A tree without the source positions parse5 records (hastDocument records none). */
function withoutPositions<T extends Nodes>(node: T): T {
	const { position: _position, ...rest } = node;
	const copy = { ...rest } as Record<string, unknown>;
	if ('children' in node) copy.children = node.children.map((child) => withoutPositions(child));
	if ('content' in node && node.content) copy.content = withoutPositions(node.content as Nodes);
	return copy as T;
}

/** A page as the build writes it: no whitespace between the document's parts. */
const PAGE =
	'<!DOCTYPE html><html lang="en" dir="ltr" data-has-sidebar class="a b"><head><meta charset="utf-8">' +
	'<title>Tom &amp; Jerry</title><link rel="stylesheet" href="/_astro/a.css"><style>a > b { content: "&amp;" }</style>' +
	'<script type="module">if (a && b < c) go();</script></head><body><header><svg viewBox="0 0 24 24"><path fill-rule="evenodd" d="M1 1"/></svg></header>' +
	'<main><template data-x><p>Inside</p></template><table><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td>1 &lt; 2</td></tr></tbody></table>' +
	'<select><option value="nl" selected>Nederlands</option></select><input type="radio" checked name="q1"></main></body></html>';

describe('a page of the built site as a hast tree', () => {
	it.each([
		['a page as the build writes it', PAGE],
		[
			'a script after </html>, which parse5 moves into the body',
			`${PAGE}<script type="module" src="/a.js"></script>`,
		],
		[
			'<noscript>, whose content parse5 keeps as text',
			PAGE.replace('<title>', '<noscript><style>a{}</style></noscript><title>'),
		],
		[
			'whitespace between and after the parts',
			PAGE.replace('</head>', '</head>\n').replace('</html>', '</html>\n'),
		],
		['a character reference only parse5 knows', PAGE.replace('1 &lt; 2', 'caf&eacute;')],
	])('is the tree parse5 gives for %s', (_, html) => {
		expect(withoutPositions(hastDocument(html))).toEqual(withoutPositions(fromHtml(html)));
	});
});
