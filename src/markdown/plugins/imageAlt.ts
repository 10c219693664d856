import type { MdastPluginDefinition } from 'satteri';
import { lineOf, problemsOf } from '../problems.ts';

/** Check: every picture has alt text. Screen readers read it, and it shows when the picture cannot. */
export function imageAlt(): MdastPluginDefinition {
	return {
		name: 'kit-image-alt',
		options: { position: true },
		image(node, ctx) {
			if (node.alt?.trim()) return;
			problemsOf(ctx.data).push({
				line: lineOf(node),
				message: `the image ${node.url} has no alt text. Say what the picture shows between the brackets: ![A park with a new bench](${node.url}).`,
			});
		},
	};
}
