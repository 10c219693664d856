import type { Root } from 'mdast';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { element, text } from '../element.ts';
import { checkDuration, findTimings } from '../lessonTimings.ts';
import { problemsOf } from '../problems.ts';
import { frontmatterOf, type KitMarkdownSetup } from '../setup.ts';

/**
 * `:minutes[N]` in headings: checks them (and, in a lesson, that they add up to its duration),
 * shows each as "(N minutes)" in the page's language, and hands the running order to the lesson
 * overview as `kitPlan`.
 */
export function lessonTimings(setup: KitMarkdownSetup) {
	return ({ fileURL }: PluginFactoryContext): MdastPluginDefinition => {
		const { isLesson, t } = setup.fileInfo(fileURL);
		return {
			name: 'kit-lesson-timings',
			options: { position: true },
			before(tree, ctx) {
				const timings = findTimings(tree as Root);
				const problems = problemsOf(ctx.data);
				problems.push(...timings.problems);
				const frontmatter = frontmatterOf(ctx.data);
				if (isLesson && frontmatter) {
					const durationProblem = checkDuration(timings.parts, frontmatter.duration);
					if (durationProblem) problems.push({ line: 1, message: durationProblem });
				}
				if (frontmatter) frontmatter.kitPlan = timings.parts;
				timings.directives.forEach((node, index) => {
					const minutes = timings.parts[index]!.minutes;
					ctx.replaceNode(
						node,
						element('span', { class: 'kit-minutes', 'data-kit-minutes': String(minutes) }, [
							text(`(${t('kit.lesson.minutes', { count: minutes })})`),
						]),
					);
				});
			},
		};
	};
}
