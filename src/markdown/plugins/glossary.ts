import type { Parents } from 'mdast';
import type { MdastPluginDefinition, MdastVisitorContext, PluginFactoryContext } from 'satteri';
import {
	glossaryFile,
	glossaryLinker,
	mayLinkInside,
	readGlossary,
	type GlossaryTerm,
} from '../glossaryLinks.ts';
import type { KitMarkdownSetup } from '../setup.ts';

/**
 * Lessons link each glossary term where it first appears. Runs before the quiz and teacher-note
 * plugins, while those are still directives it skips. Sätteri hands it the text nodes in page
 * order (a visitor, not a walk over the whole tree, which would build every node in JavaScript).
 */
export function glossary(setup: KitMarkdownSetup) {
	const glossaries = new Map<string, GlossaryTerm[]>();
	const termsOf = (locale: string, contentDir: URL) => {
		if (!glossaries.has(locale)) glossaries.set(locale, readGlossary(glossaryFile(contentDir, locale)));
		return glossaries.get(locale)!;
	};
	return ({ fileURL }: PluginFactoryContext): MdastPluginDefinition | undefined => {
		const { isLesson, locale, contentDir } = setup.fileInfo(fileURL);
		if (!isLesson || !contentDir) return undefined;
		const terms = termsOf(locale, contentDir);
		if (terms.length === 0) return undefined;
		const link = glossaryLinker(terms, `/${locale}/glossary/`);
		/** Whether text in a parent may be linked, by parent (the same object for a whole pass). */
		const open = new Map<Parents, boolean>();
		const mayLink = (parent: Parents | undefined, ctx: MdastVisitorContext): boolean => {
			if (!parent) return true;
			let answer = open.get(parent);
			if (answer === undefined) {
				answer = mayLinkInside(parent.type) && mayLink(ctx.parent(parent), ctx);
				open.set(parent, answer);
			}
			return answer;
		};
		return {
			name: 'kit-glossary-links',
			text(node, ctx) {
				if (!mayLink(ctx.parent(node), ctx)) return;
				const replacement = link(node);
				if (replacement) ctx.replaceNode(node, replacement);
			},
		};
	};
}
