import type { MdastPluginDefinition } from 'satteri';
import { element } from '../element.ts';

/**
 * `::slide-break` on a line of its own: the lesson's slides (present mode) start a new slide
 * there. Pages show nothing: it becomes an empty, hidden marker that src/present/ reads. It is
 * one of the markers knownBlocks.ts knows.
 */
export function slideBreaks(): MdastPluginDefinition {
	return {
		name: 'kit-slide-breaks',
		leafDirective(node) {
			if (node.name !== 'slide-break') return undefined;
			return element('div', { class: 'kit-slide-break', 'data-kit-slide-break': '', hidden: true });
		},
	};
}
