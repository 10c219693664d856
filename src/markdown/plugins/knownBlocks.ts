import type { MdastPluginDefinition } from 'satteri';
import { lineOf, problemsOf } from '../problems.ts';

/** Container directives authors may use: Starlight's asides and the kit's own blocks. */
export const KNOWN_BLOCKS = [
	'note',
	'tip',
	'caution',
	'danger',
	'teacher',
	'question',
	'hint',
	'explanation',
];

/** Lines of their own that start with two colons (leaf directives): the law card and the slides' break. */
export const KNOWN_MARKERS = ['law-card', 'slide-break'];

/** Check: every `:::name` block and `::name` line is one the kit or Starlight knows, so a typo never shows as text. */
export function knownBlocks(): MdastPluginDefinition {
	return {
		name: 'kit-known-blocks',
		options: { position: true },
		containerDirective(node, ctx) {
			if (KNOWN_BLOCKS.includes(node.name)) return;
			problemsOf(ctx.data).push({
				line: lineOf(node),
				message: `":::${node.name}" is not a block the kit knows. Use one of: ${KNOWN_BLOCKS.map((name) => `:::${name}`).join(', ')}.`,
			});
		},
		leafDirective(node, ctx) {
			if (KNOWN_MARKERS.includes(node.name)) return;
			problemsOf(ctx.data).push({
				line: lineOf(node),
				message: `"::${node.name}" is not a marker the kit knows. Use one of: ${KNOWN_MARKERS.map((name) => `::${name}`).join(', ')}.`,
			});
		},
	};
}
