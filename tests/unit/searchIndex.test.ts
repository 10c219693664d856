import starlight from '@astrojs/starlight';
import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { withoutSearchIndex } from '../../src/search/searchIndex.ts';

/**
 * `npm run build` leaves Starlight's Pagefind hook out of Astro's build and indexes after Astro
 * has exited (scripts/build.ts); what it leaves out must be that hook and nothing else.
 */
describe('Starlight without its search index hook', () => {
	const installed = () => starlight({ title: 'Test' });

	it('leaves out the installed Starlight’s astro:build:done hook, and only that', () => {
		const integration = installed();
		const without = withoutSearchIndex(true, integration);
		expect(Object.keys(integration.hooks)).toContain('astro:build:done');
		expect(Object.keys(without.hooks).sort()).toEqual(
			Object.keys(integration.hooks)
				.filter((name) => name !== 'astro:build:done')
				.sort(),
		);
		expect(without.name).toBe(integration.name);
	});

	it('keeps every hook when the build runs them (astro build on its own)', () => {
		const integration = installed();
		expect(withoutSearchIndex(false, integration)).toBe(integration);
	});

	it('fails, saying where to look, when the hook does more than Pagefind’s index', () => {
		const changed: AstroIntegration = {
			name: '@astrojs/starlight',
			hooks: {
				'astro:build:done': async (options) => {
					if (!options.dir) return;
					options.logger.info('something new');
				},
			},
		};
		expect(() => withoutSearchIndex(true, changed)).toThrow(
			/no longer just Pagefind's index.*src\/search\/searchIndex\.ts.*node_modules\/@astrojs\/starlight/s,
		);
		expect(() => withoutSearchIndex(true, { name: 'x', hooks: {} })).toThrow(/no longer just/);
	});
});
