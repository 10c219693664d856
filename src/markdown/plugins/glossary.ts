import type { Root } from 'mdast';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { glossaryLinks, readGlossary, type GlossaryTerm } from '../glossaryLinks.ts';
import type { KitMarkdownSetup } from '../setup.ts';

/**
 * Lessons link each glossary term where it first appears. Runs before the quiz and teacher-note
 * plugins, while those are still directives it skips.
 */
export function glossary(setup: KitMarkdownSetup) {
	const glossaries = new Map<string, GlossaryTerm[]>();
	const termsOf = (locale: string, contentDir: URL) => {
		if (!glossaries.has(locale))
			glossaries.set(locale, readGlossary(new URL(`${locale}/glossary.mdx`, contentDir)));
		return glossaries.get(locale)!;
	};
	return ({ fileURL }: PluginFactoryContext): MdastPluginDefinition | undefined => {
		const { isLesson, locale, contentDir } = setup.fileInfo(fileURL);
		if (!isLesson || !contentDir) return undefined;
		return {
			name: 'kit-glossary-links',
			before(tree, ctx) {
				for (const { node, replacement } of glossaryLinks(
					tree as Root,
					termsOf(locale, contentDir),
					`/${locale}/glossary/`,
				)) {
					ctx.replaceNode(node, replacement);
				}
			},
		};
	};
}
