import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { lessonAwareDocsLoader } from './lessons/lessonFolder.ts';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { loadKitConfig } from './config/loadKitConfig.ts';
import { pageSchema } from './schemas/pageSchema.ts';
import sourceStrings from './content/i18n/en.json';
import { kitStringKeys, type KitStringKey } from './i18n/kitTranslations.ts';

const kit = loadKitConfig();

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

export const collections = {
	docs: defineCollection({
		loader: lessonAwareDocsLoader(),
		schema: docsSchema({ extend: pageSchema(kit) }),
	}),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: kitStrings }) }),
};
