import { docsSchema } from '@astrojs/starlight/schema';
import { pageSchema } from './pageSchema.ts';
import type { KitConfig } from './kitConfigSchema.ts';

/**
 * The `docs` collection's schema: Starlight's frontmatter with the kit's fields (`pageSchema`).
 *
 * Starlight checks the frontmatter of every `<StarlightPage>` (student views, catalogues, law and
 * help pages: about 240 of the kit's 572 pages, and more as lessons are added) against this
 * schema too. To do so it calls the schema function once per page, which builds and merges the
 * whole schema again each time. The kit builds it once for those pages. Content entries still get
 * a schema of their own, as Astro's `image()` for each entry resolves images from that entry's
 * folder. Starlight's own fix would be to build the schema once (utils/starlight-page.js in
 * `@astrojs/starlight` 0.42).
 */
export function kitDocsSchema(config: KitConfig) {
	const build = docsSchema({ extend: pageSchema(config) });
	let forStarlightPages: ReturnType<typeof build> | undefined;
	return (context: Parameters<typeof build>[0]) =>
		isStarlightPageContext(context) ? (forStarlightPages ??= build(context)) : build(context);
}

/**
 * The words of Starlight's error for an image that `<StarlightPage>` cannot use. Its `image()`
 * helper is the one that says them, and it depends on nothing but its argument, so one schema
 * built with it serves every page. If a new Starlight says something else, its pages simply get a
 * schema each again (tests/unit/docsSchema.test.ts checks Starlight's code for these words).
 */
export const STARLIGHT_PAGE_IMAGE_ERROR = 'Invalid image passed to `<StarlightPage>` component.';

/** Whether Starlight called the schema for a `<StarlightPage>`, not for a content entry. */
function isStarlightPageContext(context: { image: unknown }): boolean {
	return typeof context.image === 'function' && String(context.image).includes(STARLIGHT_PAGE_IMAGE_ERROR);
}
