import type { APIRoute, GetStaticPaths } from 'astro';
import { kit } from '~/config/kit';
import { projectPacks } from '~/countries/lawDefaults';
import { lawStatements } from '~/countries/lawStatements';
import type { Translate } from '~/i18n/kitTranslations';

/**
 * `/<locale>/law/<code>/statements.json`: a country's law as a law card in that locale shows it,
 * for cards to load when a reader picks the country (src/countries/lawStatements.ts).
 */
export const getStaticPaths = (() =>
	kit.locales.flatMap(({ code }) =>
		projectPacks().map((pack) => ({ params: { locale: code, pack: pack.folder } })),
	)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, locals }) => {
	const locale = params.locale!;
	// The blocks are written as HTML by hast, which escapes text itself: values must not be escaped twice.
	const t: Translate = (key, values = {}) =>
		locals.t(key, { ...values, interpolation: { escapeValue: false } });
	return Response.json(
		lawStatements(params.pack!, {
			packs: projectPacks(),
			locale,
			lang: kit.locales.find(({ code }) => code === locale)?.lang ?? locale,
			sourceLocale: kit.defaultLocale,
			t,
		}),
	);
};
