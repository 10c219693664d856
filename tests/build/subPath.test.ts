import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { brokenLinks } from '../support/brokenLinks.ts';
import { buildProject } from '../support/buildFixture.ts';

describe('the kit built for a sub-path', () => {
	it('prefixes every link with BASE_PATH, keeps readers in their locale, and uses SITE_URL', () => {
		const build = buildProject({ BASE_PATH: '/kit/', SITE_URL: 'https://lessons.example.org' });
		onTestFinished(build.remove);
		expect(build.status, build.output).toBe(0);
		const dist = join(build.root, 'dist');
		expect(brokenLinks(dist, '/kit/').broken).toEqual([]);

		const arabicHome = readFileSync(join(dist, 'ar/index.html'), 'utf8');
		expect(arabicHome).toContain('href="/kit/ar/help/"');
		expect(arabicHome).toContain('href="/kit/ar/teachers/"');
		expect(arabicHome).not.toMatch(/href="\/(en|ar)\//);
		expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('href="/kit/nl/"');
		expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain(
			'https://lessons.example.org/kit/en/',
		);
	});
});
