import type { Heading, Parents } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { MdastPluginDefinition, MdastVisitorContext, PluginFactoryContext } from 'satteri';
import { ancestor, type VisitedNode } from '../ancestors.ts';
import { element, text } from '../element.ts';
import { checkDuration, readTiming, type TimedPart } from '../lessonTimings.ts';
import { problemsOf } from '../problems.ts';
import { frontmatterOf, type KitMarkdownSetup } from '../setup.ts';

/**
 * `:minutes[N]` in headings: checks them (and, in a lesson, that they add up to its duration),
 * shows each as "(N minutes)" in the page's language, and hands the running order to the lesson
 * overview as `kitPlan`. Sätteri finds the directives (a visitor, not a walk over the whole tree,
 * which would build every node of the page in JavaScript).
 */
export function lessonTimings(setup: KitMarkdownSetup) {
	return ({ fileURL }: PluginFactoryContext): MdastPluginDefinition => {
		const { isLesson, t } = setup.fileInfo(fileURL);
		const parts: TimedPart[] = [];
		return {
			name: 'kit-lesson-timings',
			options: { position: true },
			textDirective(node, ctx) {
				// A `:minutes[…]` inside another is part of that one's label.
				if (node.name !== 'minutes' || ancestor(node, ctx, isTiming)) return undefined;
				const heading = ancestor(node, ctx, isHeading);
				const title = heading && (() => headingTitle(heading, node, ctx));
				const timing = readTiming(toString(node), node.position?.start.line ?? 0, title);
				if ('problem' in timing) {
					problemsOf(ctx.data).push(timing.problem);
					return undefined;
				}
				parts.push(timing.part);
				const { minutes } = timing.part;
				return element('span', { class: 'kit-minutes', 'data-kit-minutes': String(minutes) }, [
					text(`(${t('kit.lesson.minutes', { count: minutes })})`),
				]);
			},
			after(_tree, ctx) {
				const frontmatter = frontmatterOf(ctx.data);
				if (isLesson && frontmatter) {
					const durationProblem = checkDuration(parts, frontmatter.duration);
					if (durationProblem) problemsOf(ctx.data).push({ line: 1, message: durationProblem });
				}
				if (frontmatter) frontmatter.kitPlan = parts;
			},
		};
	};
}

const isTiming = (node: Parents) => node.type === 'textDirective' && node.name === 'minutes';
const isHeading = (node: Parents): node is Heading => node.type === 'heading';

/** A part's title: its heading's text without the directive (when the directive is one of its own children). */
function headingTitle(heading: Heading, directive: VisitedNode, ctx: MdastVisitorContext): string {
	const own = ctx.parent(directive) === (heading as Parents) ? ctx.indexOf(directive) : undefined;
	return heading.children
		.filter((_, index) => index !== own)
		.map((child) => toString(child))
		.join('')
		.trim();
}
