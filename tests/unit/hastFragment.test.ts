import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import type { Nodes } from 'hast';
import { hastFragment } from '../../src/html/hastFragment.ts';

/** A tree without the source positions parse5 records (hastFragment records none). */
function withoutPositions<T extends Nodes>(node: T): T {
	const { position: _position, data: _data, ...rest } = node as T & { data?: unknown };
	const copy = { ...rest } as Record<string, unknown>;
	if ('children' in node) copy.children = node.children.map((child) => withoutPositions(child));
	if ('content' in node && node.content) copy.content = withoutPositions(node.content as Nodes);
	return copy as T;
}

const parse5Tree = (html: string) => withoutPositions(fromHtml(html, { fragment: true }));

describe('a fragment of the build’s HTML as a hast tree', () => {
	it.each([
		[
			'headings and classes',
			'<div class="sl-heading-wrapper level-h2"><h2 id="a">Warm-up <span class="kit-minutes" data-kit-minutes="5">(5 minutes)</span></h2></div>\n<p>Text</p>',
		],
		[
			'boolean and data attributes',
			'<div data-kit-slide-break="" hidden></div><input type="radio" checked name="q1">',
		],
		[
			'character references in text and attributes',
			'<p title="Tom &amp; Jerry &quot;x&quot;">a &lt;b&gt; &#39;c&#x27; d&nbsp;e &#8212; &#x1F600;</p>',
		],
		['references HTML maps to other characters', '<p>&#128; &#x92; &#xD800;</p>'],
		['named references only parse5 knows', '<p>caf&eacute; &hellip; &copy</p>'],
		[
			'SVG with its cased attributes',
			'<svg viewBox="0 0 24 24" aria-hidden="true"><path fill-rule="evenodd" d="M1 1"/><foreignObject><p class="x">Hi</p></foreignObject></svg>',
		],
		['a template’s content', '<template data-x><p>Inside</p></template>'],
		[
			'scripts and styles left as written',
			'<script>if (a && b &amp;&amp; c < d) go();</script><style>a > b { content: "&amp;" }</style>',
		],
		['the newline after a <pre>', '<pre>\nline one\nline two</pre><textarea>\n\nkept</textarea>'],
		['comments and whitespace between blocks', '<!-- a note -->\n  <ul>\n<li>One</li>\n</ul>\n'],
	])('is the tree parse5 gives for %s', (_, html) => {
		expect(withoutPositions(hastFragment(html))).toEqual(parse5Tree(html));
	});
});
