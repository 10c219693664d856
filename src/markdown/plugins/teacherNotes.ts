import { toString } from 'mdast-util-to-string';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { element, plain, text } from '../element.ts';
import type { KitMarkdownSetup } from '../setup.ts';

/**
 * `:::teacher` notes: an aside labelled "Teacher notes" (or the note's own label), which the
 * student view leaves out of its HTML (src/lessons/studentView.ts).
 */
export function teacherNotes(setup: KitMarkdownSetup) {
	return ({ fileURL }: PluginFactoryContext): MdastPluginDefinition => {
		const { t } = setup.fileInfo(fileURL);
		return {
			name: 'kit-teacher-notes',
			containerDirective(node) {
				if (node.name !== 'teacher') return undefined;
				const [first, ...rest] = node.children;
				const hasLabel = first?.type === 'paragraph' && first.data?.directiveLabel === true;
				const title = hasLabel ? plain(first.children) : [text(t('kit.teacher.notes'))];
				const label = hasLabel ? toString(first) : t('kit.teacher.notes');
				return element('aside', { class: 'kit-teacher', 'data-kit-teacher': '', 'aria-label': label }, [
					element('p', { class: 'kit-teacher__title', 'aria-hidden': 'true' }, title),
					element('div', { class: 'kit-teacher__content' }, plain(hasLabel ? rest : node.children)),
				]);
			},
		};
	};
}
