import { existsSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import type { Link, Text } from 'mdast';

/** A glossary term: the words that name it, and the anchor of its heading on the glossary page. */
export interface GlossaryTerm {
	forms: string[];
	anchor: string;
}

/** A locale's glossary page: `lessons/<locale>/glossary.md`, or `glossary.mdx` where a fork writes it in MDX. */
export function glossaryFile(contentDir: URL, locale: string): URL {
	const markdown = new URL(`${locale}/glossary.md`, contentDir);
	const mdx = new URL(`${locale}/glossary.mdx`, contentDir);
	return !existsSync(markdown) && existsSync(mdx) ? mdx : markdown;
}

/**
 * The terms of a locale's glossary (`glossaryFile`): each `## Term` heading, with
 * "AI (artificial intelligence)" giving both "AI" and "artificial intelligence". Anchors follow
 * the heading ids Starlight gives (GitHub's slugs).
 */
export function readGlossary(file: URL): GlossaryTerm[] {
	if (!existsSync(file)) return [];
	const slugger = new GithubSlugger();
	return [...readFileSync(file, 'utf8').matchAll(/^## (.+?)\s*$/gm)].map(([, heading]) => {
		const [, main = heading!, inBrackets] = /^(.*?)\s*(?:\((.+)\))?$/.exec(heading!) ?? [];
		return {
			forms: [main, inBrackets].filter((form): form is string => Boolean(form?.trim())),
			anchor: slugger.slug(heading!),
		};
	});
}

/** Blocks whose text a glossary link may go into: not headings, quizzes or teacher notes. */
const SKIP = new Set([
	'heading',
	'link',
	'linkReference',
	'inlineCode',
	'code',
	'containerDirective',
	'leafDirective',
	'textDirective',
	'yaml',
]);

/** Whether text inside a node of this type may hold a glossary link. */
export function mayLinkInside(type: string): boolean {
	return !SKIP.has(type);
}

/**
 * Links each glossary term where it first appears in the page's own text: given the page's text
 * nodes in order (those not inside a block `mayLinkInside` refuses), it returns for each the split
 * that turns a term's first use into a link to the glossary, or undefined. Later uses stay plain.
 */
export function glossaryLinker(terms: GlossaryTerm[], glossaryPath: string) {
	const linked = new Set<string>();
	return (node: Text): (Text | Link)[] | undefined => {
		// Every term not linked yet that this text uses, earliest first, without overlaps.
		const found = terms
			.filter((term) => !linked.has(term.anchor))
			.map((term) => {
				const match = patternOf(term).exec(node.value);
				if (!match) return undefined;
				const from = match.index + match[1]!.length;
				return { term, from, to: from + match[2]!.length + (match[3]?.length ?? 0) };
			})
			.filter((hit) => hit !== undefined)
			.sort((a, b) => a.from - b.from);
		const replacement: (Text | Link)[] = [];
		let at = 0;
		for (const { term, from, to } of found) {
			if (from < at) continue;
			linked.add(term.anchor);
			replacement.push(
				{ type: 'text', value: node.value.slice(at, from) },
				{
					type: 'link',
					url: `${glossaryPath}#${term.anchor}`,
					data: { hProperties: { className: ['kit-glossary-link'] } },
					children: [{ type: 'text', value: node.value.slice(from, to) }],
				},
			);
			at = to;
		}
		if (replacement.length === 0) return undefined;
		replacement.push({ type: 'text', value: node.value.slice(at) });
		return replacement;
	};
}

/** Each term's pattern, made once: every text node of every page is tested against every term. */
const patterns = new WeakMap<GlossaryTerm, RegExp>();

function patternOf(term: GlossaryTerm): RegExp {
	let pattern = patterns.get(term);
	if (!pattern) {
		pattern = new RegExp(
			`(^|[^\\p{L}\\p{N}])(${term.forms.map(escape).join('|')})(s|es)?(?![\\p{L}\\p{N}])`,
			'iu',
		);
		patterns.set(term, pattern);
	}
	return pattern;
}

function escape(text: string) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
