import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { quizToGift } from './exportGift.ts';
import { quizToQtiZip } from './exportQti.ts';
import type { Quiz } from './quizModel.ts';

/** A lesson's quizzes, with what its exports need: where they go, the title and the language. */
export interface QuizExportSource {
	/** The content entry's id (`en/lessons/11-13/real-or-fake`). */
	id: string;
	title: string;
	lang: string;
	/** Where the exports are published: paths under the site's base, without a leading slash. */
	gift: string;
	qti: string;
	quizzes: Quiz[];
}

/**
 * The end of the name of the file in `quiz-exports/` into which a build writes the quizzes of one
 * locale's lessons (`en.quizzes.json`, src/pages/quiz-exports/[...file].ts). Its last step makes
 * the exports from it: as two routes of Astro's router per lesson, they took about 5 ms each of
 * Astro's rendering (2.1 s for 424 files at 1,292 pages), in the process that holds the whole
 * build.
 */
export const QUIZ_SOURCES = '.quizzes.json';

/**
 * Writes every lesson's GIFT file and QTI package from the quizzes the build left in
 * `<dist>/quiz-exports/`, and removes what it read from there, so the site publishes only the
 * exports. Resolves with what it wrote, for the build's log.
 */
export async function writeQuizExports(dist: string): Promise<string> {
	const at = performance.now();
	const folder = join(dist, 'quiz-exports');
	const names = await readdir(folder).catch(() => []);
	let lessons = 0;
	for (const name of names.filter((name) => name.endsWith(QUIZ_SOURCES))) {
		const file = join(folder, name);
		for (const source of readSources(file, await readFile(file, 'utf8'))) {
			const { quizzes, title, lang, id } = source;
			await write(join(dist, source.gift), quizToGift(quizzes, { title }));
			await write(
				join(dist, source.qti),
				quizToQtiZip(quizzes, { id: id.replaceAll('/', '-'), title, lang }),
			);
			lessons++;
		}
		await rm(file);
	}
	return `Quiz exports (GIFT, QTI) of ${lessons} lessons in ${((performance.now() - at) / 1000).toFixed(2)}s.`;
}

/** The lessons in a file of quizzes, or an error naming the file (only a broken build could make one). */
function readSources(file: string, text: string): QuizExportSource[] {
	try {
		const sources = JSON.parse(text) as unknown;
		if (Array.isArray(sources)) return sources as QuizExportSource[];
	} catch {
		// Reported below, as for any other content.
	}
	throw new Error(
		`${file}: not the list of lessons and quizzes the build writes there. ` +
			'Delete the output folder and build again (npm run build).',
	);
}

async function write(file: string, content: string | Uint8Array) {
	await mkdir(dirname(file), { recursive: true });
	await writeFile(file, content);
}

/**
 * `writeQuizExports` for `astro build` on its own, in its `astro:build:done` hook; listed before
 * the page step's integration, whose link check then finds the exports. `npm run build` writes
 * them once Astro's process has exited (scripts/build.ts).
 */
export function quizExportsIntegration(): AstroIntegration {
	return {
		name: 'kit-quiz-exports',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => logger.info(await writeQuizExports(fileURLToPath(dir))),
		},
	};
}
