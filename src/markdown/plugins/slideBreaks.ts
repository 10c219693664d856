import type { MdastPluginDefinition } from 'satteri';
import { element } from '../element.ts';
import { lineOf, problemsOf } from '../problems.ts';

/** Lines that start with two colons (leaf directives) the kit knows. */
export const KNOWN_MARKERS = ['slide-break'];

/**
 * `::slide-break` on a line of its own: the lesson's slides (present mode) start a new slide
 * there. Pages show nothing: it becomes an empty, hidden marker that src/present/ reads. Any
 * other `::name` line is a typo, so the build says so instead of showing it as text.
 */
export function slideBreaks(): MdastPluginDefinition {
	return {
		name: 'kit-slide-breaks',
		options: { position: true },
		leafDirective(node, ctx) {
			if (node.name === 'slide-break') {
				return element('div', { class: 'kit-slide-break', 'data-kit-slide-break': '', hidden: true });
			}
			problemsOf(ctx.data).push({
				line: lineOf(node),
				message: `"::${node.name}" is not a marker the kit knows. Use one of: ${KNOWN_MARKERS.map((name) => `::${name}`).join(', ')}.`,
			});
			return undefined;
		},
	};
}
