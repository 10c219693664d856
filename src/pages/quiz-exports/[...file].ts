import type { APIRoute, GetStaticPaths } from 'astro';
import { quizToGift } from '~/quiz/exportGift';
import { quizToQtiZip } from '~/quiz/exportQti';
import { allQuizExports } from '~/quiz/quizExports';

/**
 * Each lesson's quiz for learning platforms: a Moodle GIFT file and a QTI 2.1 package, for every
 * locale the lesson is written in. Linked from the lesson overview.
 */
export const getStaticPaths = (async () => {
	const exports = await allQuizExports();
	return exports.flatMap(({ entry, quizzes, gift, qti }) => {
		const title = entry.data.title;
		const lang = entry.id.split('/')[0]!;
		return [
			{
				params: { file: gift.replace(/^quiz-exports\//, '') },
				props: { format: 'gift', quizzes, title, lang, id: entry.id },
			},
			{
				params: { file: qti.replace(/^quiz-exports\//, '') },
				props: { format: 'qti', quizzes, title, lang, id: entry.id },
			},
		] as const;
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { format, quizzes, title, lang, id } = props as Awaited<
		ReturnType<typeof getStaticPaths>
	>[number]['props'];
	if (format === 'gift') {
		return new Response(quizToGift(quizzes, { title }), {
			headers: { 'Content-Type': 'text/plain; charset=utf-8' },
		});
	}
	const zip = quizToQtiZip(quizzes, { id: id.replaceAll('/', '-'), title, lang });
	// fflate's zip is a plain Uint8Array over an ArrayBuffer.
	return new Response(zip as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/zip' } });
};
