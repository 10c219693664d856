import type { APIRoute, GetStaticPaths } from 'astro';
import { QUIZ_SOURCES } from '~/quiz/quizExportFiles';
import { allQuizExports } from '~/quiz/quizExports';

/**
 * The quizzes of each locale's lessons, from which the build's last step makes every lesson's
 * exports for learning platforms, a Moodle GIFT file and a QTI 2.1 package (linked from the
 * lesson overview), and which it then removes (src/quiz/quizExportFiles.ts says why).
 */
export const getStaticPaths = (async () => {
	const exports = await allQuizExports();
	const locales = [...new Set(exports.map((source) => source.id.split('/')[0]!))];
	return locales.map((locale) => ({
		params: { file: `${locale}${QUIZ_SOURCES}` },
		props: { sources: exports.filter((source) => source.id.startsWith(`${locale}/`)) },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.sources);
