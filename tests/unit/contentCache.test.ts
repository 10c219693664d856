import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { keepContentCacheIfUnchanged } from '../../src/config/contentCache.ts';

describe('Astro’s store of rendered Markdown between builds', () => {
	it('is kept while nothing the kit’s Markdown reads has changed, and cleared when anything has', () => {
		const root = mkdtempSync(join(tmpdir(), 'kit-cache-'));
		onTestFinished(() => rmSync(root, { recursive: true, force: true }));
		const store = join(root, 'node_modules/.astro/data-store.json');
		const files = {
			'lessons/en/index.md': '# Home',
			'countries/nl.json': '{"law": 1}',
			'src/markdown/plugins/lawCard.ts': 'export {}',
			'kit.config.json': '{}',
		};
		for (const [file, text] of Object.entries(files)) {
			mkdirSync(join(root, file, '..'), { recursive: true });
			writeFileSync(join(root, file), text);
		}
		const build = () => {
			const cleared = keepContentCacheIfUnchanged(root);
			mkdirSync(join(store, '..'), { recursive: true });
			writeFileSync(store, '{}'); // Astro writes the store as it builds.
			return cleared;
		};
		expect(build()).toBe(true); // no note of the inputs yet
		expect(build()).toBe(false);
		expect(existsSync(store)).toBe(true);
		for (const [file, text] of Object.entries(files)) {
			writeFileSync(join(root, file), `${text} `);
			expect(keepContentCacheIfUnchanged(root), file).toBe(true);
			expect(existsSync(store), file).toBe(false);
			expect(build(), file).toBe(false);
		}
		writeFileSync(join(root, 'lessons/en/new.md'), '# New');
		expect(build()).toBe(true);
	});
});
