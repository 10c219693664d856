import type { MdastPluginEntry } from 'satteri';
import type { Quiz } from '../quiz/quizModel.ts';
import type { TimedPart } from './lessonTimings.ts';
import { glossary } from './plugins/glossary.ts';
import { headingLevels } from './plugins/headingLevels.ts';
import { imageAlt } from './plugins/imageAlt.ts';
import { knownBlocks } from './plugins/knownBlocks.ts';
import { lawCard } from './plugins/lawCard.ts';
import { lessonTimings } from './plugins/lessonTimings.ts';
import { quizzes } from './plugins/quizzes.ts';
import { teacherNotes } from './plugins/teacherNotes.ts';
import { translationRecord } from './plugins/translationRecord.ts';
import { stopOnProblems } from './problems.ts';
import { kitMarkdownSetup, type KitMarkdownOptions } from './setup.ts';

export { ContentError } from './problems.ts';

/** What the kit adds to a page's frontmatter for its components (`remarkPluginFrontmatter`). */
export interface KitPageData {
	/** The timed parts of a lesson, in order. */
	kitPlan?: TimedPart[];
	/** The page's quizzes, as plain data for the exports. */
	kitQuizzes?: Quiz[];
}

/**
 * The kit's Markdown syntax as Sätteri plugins, one job each: checks first (each adds its problems
 * to the file's list), then the transforms, then one step that stops the build with every problem
 * in the file. A new check is a new small file in `plugins/`.
 * @see ../../docs/authors-guide.md
 */
export function kitMarkdown(options: KitMarkdownOptions): MdastPluginEntry[] {
	const setup = kitMarkdownSetup(options);
	return [
		knownBlocks,
		imageAlt,
		headingLevels,
		translationRecord(setup),
		glossary(setup),
		lessonTimings(setup),
		quizzes(setup),
		teacherNotes(setup),
		lawCard(setup),
		stopOnProblems,
	];
}
