import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/projectRoot.ts';
import { loadKitConfig } from '../../src/config/loadKitConfig.ts';
import { kitDocsSchema, STARLIGHT_PAGE_IMAGE_ERROR } from '../../src/schemas/docsSchema.ts';

const kit = loadKitConfig(undefined, {});

/** What the schema is called with; the helpers below stand in for Astro's and Starlight's. */
type Context = Parameters<ReturnType<typeof kitDocsSchema>>[0];

/** The context Starlight 0.42 gives the schema for a `<StarlightPage>`: a new helper each page. */
const starlightPageContext = () =>
	({
		image: () =>
			z.custom(
				(value) => Boolean(value),
				'Invalid image passed to `<StarlightPage>` component. Expected imported `ImageMetadata` object.',
			),
	}) as unknown as Context;
/** The context Astro gives it for a content entry: `image()` for that entry's own folder. */
const entryContext = (folder: string) =>
	({ image: () => z.string().transform((src) => `${folder}/${src}`) }) as unknown as Context;

describe('the docs collection’s schema', () => {
	it('is built once for Starlight’s own pages, and for each content entry with that entry’s image helper', () => {
		const schema = kitDocsSchema(kit);
		const forPage = schema(starlightPageContext());
		expect(schema(starlightPageContext())).toBe(forPage);
		expect(schema(entryContext('en/help'))).not.toBe(schema(entryContext('en/help')));
		expect(schema(entryContext('en/help'))).not.toBe(forPage);
	});

	it('checks a <StarlightPage>’s frontmatter with the kit’s fields and defaults', () => {
		const schema = kitDocsSchema(kit)(starlightPageContext());
		expect(schema.parse({ title: 'Our page' })).toMatchObject({ title: 'Our page', kind: 'reference' });
		const wrong = schema.safeParse({ title: 'Our page', kind: 'poster' });
		expect(wrong.success).toBe(false);
		expect(JSON.stringify(wrong.error?.issues)).toContain('Use one of: lesson, guide, help, reference');
	});

	it('knows Starlight’s pages by words Starlight’s own code still uses for them', () => {
		const code = readFileSync(
			join(projectRoot, 'node_modules/@astrojs/starlight/dist/utils/starlight-page.js'),
			'utf8',
		);
		const imageHelper = /image:\s*\(\(\)\s*=>\s*z\.custom\([\s\S]*?\)\)/.exec(code)?.[0] ?? '';
		expect(imageHelper).toContain(STARLIGHT_PAGE_IMAGE_ERROR);
	});
});
