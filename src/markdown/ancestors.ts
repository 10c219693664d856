import type { Parents } from 'mdast';
import type { MdastVisitorContext } from 'satteri';

/** A node a Sätteri visitor is given. */
export type VisitedNode = Parameters<MdastVisitorContext['parent']>[0];

/**
 * The nearest node around `node` that `test` accepts, or undefined: for plugins that visit one
 * kind of node and need to know what it is in (a heading, a question, another directive).
 */
export function ancestor<T extends Parents>(
	node: VisitedNode,
	ctx: MdastVisitorContext,
	test: (parent: Parents) => parent is T,
): T | undefined;
export function ancestor(
	node: VisitedNode,
	ctx: MdastVisitorContext,
	test: (parent: Parents) => boolean,
): Parents | undefined;
export function ancestor(node: VisitedNode, ctx: MdastVisitorContext, test: (parent: Parents) => boolean) {
	for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) if (test(parent)) return parent;
	return undefined;
}
