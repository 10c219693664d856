import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { sourceHash } from '../i18n/translationStatus.ts';
import { pluralForms, uiTranslator, type Translate } from '../i18n/uiTranslator.ts';
import { findQuizzes } from '../quiz/findQuizzes.ts';
import { renderQuiz } from '../quiz/renderQuiz.ts';
import type { Quiz } from '../quiz/quizModel.ts';
import { authorPath, localeOfFile, pathInLocale } from './contentFile.ts';
import { element, plain, text } from './element.ts';
import { glossaryLinks, readGlossary, type GlossaryTerm } from './glossaryLinks.ts';
import { checkDuration, findTimings, type TimedPart } from './lessonTimings.ts';

/** Container directives authors may use: Starlight's asides and the kit's own blocks. */
const KNOWN_BLOCKS = ['note', 'tip', 'caution', 'danger', 'teacher', 'question', 'hint', 'explanation'];

/** What the kit adds to a page's frontmatter for its components (`remarkPluginFrontmatter`). */
export interface KitPageData {
	/** The timed parts of a lesson, in order. */
	kitPlan?: TimedPart[];
	/** The page's quizzes, as plain data for the exports. */
	kitQuizzes?: Quiz[];
}

interface Options {
	locales: string[];
	defaultLocale: string;
	/** Where the locales' content lives: for each glossary (`<locale>/glossary.mdx`) and translations' sources. */
	contentDir?: URL;
}

/** Thrown when content is written wrongly; the message names the file, the line and the fix. */
export class ContentError extends Error {
	override name = 'ContentError';
}

/**
 * The kit's Markdown syntax, as a Sätteri plugin: `:minutes[N]` in headings, `:::teacher` notes
 * and `:::question` quizzes. Checks them and stops the build with every problem in the file.
 * @see ../../docs/authors-guide.md
 */
export function kitMarkdown(options: Options) {
	const glossaries = new Map<string, GlossaryTerm[]>();
	const glossaryOf = (locale: string) => {
		if (!options.contentDir) return [];
		if (!glossaries.has(locale))
			glossaries.set(locale, readGlossary(new URL(`${locale}/glossary.mdx`, options.contentDir)));
		return glossaries.get(locale)!;
	};
	// UI strings are read from disk once per locale, not once per compiled file.
	const translators = new Map<string, { t: Translate; scoreForms: Record<string, string> }>();
	const stringsOf = (locale: string) => {
		if (!translators.has(locale)) {
			translators.set(locale, {
				t: uiTranslator(locale, options.defaultLocale),
				scoreForms: pluralForms(locale, options.defaultLocale, 'kit.quiz.score'),
			});
		}
		return translators.get(locale)!;
	};
	return ({ fileURL }: PluginFactoryContext): MdastPluginDefinition => {
		const locale = localeOfFile(fileURL, options.locales, options.defaultLocale);
		const { t, scoreForms } = stringsOf(locale);
		const file = authorPath(fileURL);
		return {
			name: 'kit-markdown',
			options: { position: true },
			before(tree, ctx) {
				const root = tree as Root;
				const frontmatter = (ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined)
					?.frontmatter;
				const problems: { line: number; message: string }[] = [];

				const timings = findTimings(root);
				problems.push(...timings.problems);
				if (frontmatter?.kind === 'lesson') {
					const durationProblem = checkDuration(timings.parts, frontmatter.duration);
					if (durationProblem) problems.push({ line: 1, message: durationProblem });
				}

				const { quizzes, problems: quizProblems } = findQuizzes(root);
				problems.push(
					...quizProblems.map(({ line, question, message }) => ({
						line,
						message: question ? `quiz question ${question}: ${message}` : message,
					})),
				);
				problems.push(...unknownBlocks(root), ...imagesWithoutAlt(root), ...skippedHeadingLevels(root));
				if (frontmatter && !frontmatter.translation && locale !== options.defaultLocale && fileURL) {
					const problem = untrackedTranslation(fileURL, locale, options);
					if (problem) problems.push(problem);
				}

				if (problems.length > 0) {
					const list = problems
						.sort((a, b) => a.line - b.line)
						.map(({ line, message }) => `  ${file}:${line}: ${message}`);
					throw new ContentError(
						`${problems.length === 1 ? 'A problem' : `${problems.length} problems`} in ${file}:\n${list.join('\n')}`,
					);
				}

				timings.directives.forEach((node, index) => {
					const minutes = timings.parts[index]!.minutes;
					ctx.replaceNode(
						node,
						element('span', { class: 'kit-minutes', 'data-kit-minutes': String(minutes) }, [
							text(`(${t('kit.lesson.minutes', { count: minutes })})`),
						]),
					);
				});

				const strings = {
					correct: t('kit.quiz.correct'),
					notQuite: t('kit.quiz.notQuite'),
					missing: t('kit.quiz.missing'),
					chooseFirst: t('kit.quiz.chooseFirst'),
					score: scoreForms,
				};
				for (const { quiz, nodes } of quizzes) {
					const [first, ...rest] = nodes;
					ctx.replaceNode(first!, renderQuiz(quiz, t, strings));
					for (const node of rest) ctx.removeNode(node);
				}

				// Lessons link each glossary term where it first appears.
				if (frontmatter?.kind === 'lesson') {
					for (const { node, replacement } of glossaryLinks(
						root,
						glossaryOf(locale),
						`/${locale}/glossary/`,
					)) {
						ctx.replaceNode(node, replacement);
					}
				}

				if (frontmatter) {
					const data: KitPageData = { kitPlan: timings.parts, kitQuizzes: quizzes.map(({ quiz }) => quiz) };
					Object.assign(frontmatter, data);
				}
			},
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

/**
 * Headings go down one level at a time (the page title is the level-1 heading), so screen reader
 * users can follow the outline.
 */
function skippedHeadingLevels(root: Root) {
	const problems: { line: number; message: string }[] = [];
	let previous = 1;
	for (const node of root.children) {
		if (node.type !== 'heading') continue;
		if (node.depth > previous + 1) {
			const marks = '#'.repeat(previous + 1);
			problems.push({
				line: node.position?.start.line ?? 0,
				message: `the heading "${toString(node).trim()}" is level ${node.depth} but follows level ${previous}. Use "${marks}" (the page title is level 1, so the first heading is "##").`,
			});
		}
		previous = node.depth;
	}
	return problems;
}

/**
 * A translation of a source page must say which version of the source it translates, or nobody
 * can tell when it falls behind (docs/translators-guide.md). Pages that exist only in their own
 * locale translate nothing and need no record.
 */
function untrackedTranslation(fileURL: URL, locale: string, options: Options) {
	const path = pathInLocale(fileURLToPath(fileURL), locale);
	if (!path || !options.contentDir) return undefined;
	const source = new URL(`${options.defaultLocale}/${path}`, options.contentDir);
	if (!existsSync(source)) return undefined;
	const hash = sourceHash(readFileSync(source, 'utf8'));
	return {
		line: 1,
		message:
			`this page translates lessons/${options.defaultLocale}/${path} but does not record which version. ` +
			`Add to its frontmatter (the hash is the source's current one; see docs/translators-guide.md):\n` +
			`      translation:\n        source: "${hash}"\n        status: machine-assisted`,
	};
}

/** Every picture needs alt text: screen readers read it, and it shows when the picture cannot. */
function imagesWithoutAlt(root: Root) {
	const problems: { line: number; message: string }[] = [];
	const visit = (node: Root | Root['children'][number]) => {
		if (node.type === 'image' && !node.alt?.trim()) {
			problems.push({
				line: node.position?.start.line ?? 0,
				message: `the image ${node.url} has no alt text. Say what the picture shows between the brackets: ![A park with a new bench](${node.url}).`,
			});
		}
		if ('children' in node) for (const child of node.children) visit(child as Root['children'][number]);
	};
	visit(root);
	return problems;
}

function unknownBlocks(root: Root) {
	const problems: { line: number; message: string }[] = [];
	const visit = (node: Root | Root['children'][number]) => {
		if (node.type === 'containerDirective' && !KNOWN_BLOCKS.includes(node.name)) {
			problems.push({
				line: node.position?.start.line ?? 0,
				message: `":::${node.name}" is not a block the kit knows. Use one of: ${KNOWN_BLOCKS.map((name) => `:::${name}`).join(', ')}.`,
			});
		}
		if ('children' in node) for (const child of node.children) visit(child as Root['children'][number]);
	};
	visit(root);
	return problems;
}
