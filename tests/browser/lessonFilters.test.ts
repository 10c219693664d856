import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/builtSite.ts';
import { siteFiles } from '../../scripts/lib/siteFiles.ts';
import kit from '../../kit.config.json' with { type: 'json' };

/** Every built lesson page (teacher view) in every locale. */
function lessonPages(): string[] {
	return siteFiles(DIST)
		.filter((file) => /^[^/]+\/lessons\/[^/]+\/[^/]+\/index\.html$/.test(file))
		.map((file) => join(DIST, file));
}

describe('search filters on lesson pages', () => {
	const pages = lessonPages();

	it('finds the lessons of every locale', () => {
		expect(pages.length).toBeGreaterThanOrEqual(2 * kit.locales.length);
	});

	it('gives every lesson page the age band, topic, audience and kind filters, with configured ids', () => {
		for (const page of pages) {
			const html = readFileSync(page, 'utf8');
			const values = (name: string) =>
				[...html.matchAll(new RegExp(`data-pagefind-filter="${name}:([^"]+)"`, 'g'))].map(
					(match) => match[1],
				);
			const where = relative(DIST, page);
			expect(values('kind'), where).toEqual(['lesson']);
			expect(values('band'), where).toHaveLength(1);
			expect(kit.ageBands, where).toContain(values('band')[0]);
			expect(values('topic').length, where).toBeGreaterThan(0);
			for (const topic of values('topic')) expect(kit.topics, where).toContain(topic);
			expect(values('audience').length, where).toBeGreaterThan(0);
		}
	});
});
