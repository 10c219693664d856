import type { Heading, Parents } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { MdastPluginDefinition, MdastVisitorContext, PluginFactoryContext } from 'satteri';
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
				if (node.name !== 'minutes' || insideTiming(node, ctx)) return undefined;
				const heading = headingAround(node, ctx);
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

type Node = Parameters<MdastVisitorContext['parent']>[0];

/** The heading a node is in, if any. */
function headingAround(node: Node, ctx: MdastVisitorContext): Heading | undefined {
	for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent))
		if (parent.type === 'heading') return parent;
	return undefined;
}

/** Whether the directive is inside another `:minutes[…]` (whose label it is part of). */
function insideTiming(node: Node, ctx: MdastVisitorContext): boolean {
	for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent))
		if (parent.type === 'textDirective' && parent.name === 'minutes') return true;
	return false;
}

/** A part's title: its heading's text without the directive (when the directive is one of its own children). */
function headingTitle(heading: Heading, directive: Node, ctx: MdastVisitorContext): string {
	const own = ctx.parent(directive) === (heading as Parents) ? ctx.indexOf(directive) : undefined;
	return heading.children
		.filter((_, index) => index !== own)
		.map((child) => toString(child))
		.join('')
		.trim();
}
