import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { lessonAwareDocsLoader } from './lessons/lessonFolder.ts';
import { i18nSchema } from '@astrojs/starlight/schema';
import { kit } from './config/kit.ts';
import { kitDocsSchema } from './schemas/docsSchema.ts';
import sourceStrings from './content/i18n/en.json';
import { kitStringKeys, type KitStringKey } from './i18n/kitTranslations.ts';

/**
 * The kit's own UI strings, typed from the source locale's file so `Astro.locals.t('kit.…')`
 * is checked by `astro check` (plural keys by their base, `kit.lesson.minutes`, as i18next reads
 * them). Other locales may leave keys out: they fall back to the source.
 */
const kitStrings = z
	.object(
		Object.fromEntries(kitStringKeys(Object.keys(sourceStrings)).map((key) => [key, z.string()])) as Record<
			KitStringKey,
			z.ZodString
		>,
	)
	.partial();

/**
 * Starlight imports these collections into the built pages' code too, to check each
 * `<StarlightPage>`'s frontmatter against the docs schema. So this file reads the kit's config as
 * bundled (`config/kit.ts`), not from a path next to it: there, such a path does not exist, and
 * Starlight would quietly fall back to its own schema without the kit's fields.
 */
export const collections = {
	docs: defineCollection({
		loader: lessonAwareDocsLoader(),
		schema: kitDocsSchema(kit),
	}),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: kitStrings }) }),
};
