import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { lessonAwareDocsLoader } from './lessons/lessonFolder.ts';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { loadKitConfig } from './config/loadKitConfig.ts';
import { helpCountrySchema } from './schemas/helpSchema.ts';
import { pageSchema } from './schemas/pageSchema.ts';
import sourceStrings from './content/i18n/en.json';

const kit = loadKitConfig();

/**
 * The kit's own UI strings, typed from the source locale's file so `Astro.locals.t('kit.…')`
 * is checked by `astro check`. Other locales may leave keys out: they fall back to the source.
 */
type KitStringKey = keyof typeof sourceStrings;
const kitStrings = z
	.object(
		Object.fromEntries(Object.keys(sourceStrings).map((key) => [key, z.string()])) as Record<
			KitStringKey,
			z.ZodString
		>,
	)
	.partial();

export const collections = {
	docs: defineCollection({ loader: lessonAwareDocsLoader(), schema: docsSchema({ extend: pageSchema(kit) }) }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: kitStrings }) }),
	/** Helplines and reporting services, one file per country in `help/` (help/README.md). */
	help: defineCollection({ loader: glob({ pattern: '*.json', base: './help' }), schema: helpCountrySchema }),
};
