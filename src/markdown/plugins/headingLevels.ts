import type { MdastPluginDefinition } from 'satteri';
import { lineOf, problemsOf } from '../problems.ts';

/**
 * Check: headings of the page go down one level at a time (the title is the level-1 heading), so
 * screen reader users can follow the outline. Headings inside blocks (asides, notes) are not
 * part of the page's outline and are left alone.
 */
export function headingLevels(): MdastPluginDefinition {
	let previous = 1;
	return {
		name: 'kit-heading-levels',
		options: { position: true },
		heading(node, ctx) {
			if (ctx.parent(node)?.type !== 'root') return;
			if (node.depth > previous + 1) {
				const marks = '#'.repeat(previous + 1);
				problemsOf(ctx.data).push({
					line: lineOf(node),
					message: `the heading "${ctx.textContent(node).trim()}" is level ${node.depth} but follows level ${previous}. Use "${marks}" (the page title is level 1, so the first heading is "##").`,
				});
			}
			previous = node.depth;
		},
	};
}
