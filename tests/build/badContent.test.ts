import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { projectRoot } from '../../scripts/lib/projectRoot.ts';
import { sourceHash } from '../../src/i18n/translationStatus.ts';
import { buildFixture, fixture } from '../support/buildFixture.ts';

const HELP_PAGE = `---
title: Get help
kind: help
---

Call someone.
`;

/** Each case but the translation's needs one locale: a fifth of the pages to build before it fails. */
const SOURCE_ONLY = ['en'];

/**
 * Real builds that prove each kind of check is wired into `astro build` and publishes nothing:
 * the page schema, kit.config.json, help data, the Markdown checks, translation records and links. What each check says about
 * every other mistake is tested without a build, in tests/unit.
 */
describe('the build refuses bad content', () => {
	it('fails on a lesson (known by its folder, without kind: lesson) with an unknown age band that disagrees with its folder and missing sources, naming the file, fields and allowed values', () => {
		const build = buildFixture(
			{
				'lessons/en/index.mdx': fixture('home.mdx'),
				'lessons/en/lessons/11-13/bad-band.mdx': fixture('lesson-bad-band.mdx'),
			},
			{ locales: SOURCE_ONLY },
		);
		onTestFinished(build.remove);
		expect(build.status).not.toBe(0);
		expect(build.output).toContain('en/lessons/11-13/bad-band');
		expect(build.output).toContain('bad-band.mdx');
		expect(build.output).toContain(
			'ageBand: "12-14" is not allowed. Use one of: 8-10, 11-13, 14-16, 17-19 (configured in kit.config.json → "ageBands").',
		);
		expect(build.output).toContain('ageBand: "ageBand" says 12-14 but the file is in the 11-13 folder.');
		expect(build.output).toContain('sources: Lessons (kind: lesson) need "sources"');
		expect(existsSync(join(build.root, 'dist/en/index.html'))).toBe(false);
	});

	it('fails on a malformed kit.config.json, naming the file and the field', () => {
		const build = buildFixture(
			{ 'lessons/en/index.mdx': fixture('home.mdx') },
			{ env: { SITE_URL: 'lessons.example.org' }, locales: SOURCE_ONLY },
		);
		onTestFinished(build.remove);
		expect(build.status).not.toBe(0);
		expect(build.output).toMatch(/kit\.config\.json is not valid:\s+- site: Give a full URL/);
	});

	it('fails on a malformed country pack before anything is built, naming the file and the field', () => {
		const pack = JSON.parse(readFileSync(join(projectRoot, 'countries/nl/pack.json'), 'utf8'));
		pack.help[0].phone = 'ring 0800 0000';
		const build = buildFixture(
			{
				'lessons/en/index.mdx': fixture('home.mdx'),
				'countries/nl/pack.json': JSON.stringify(pack),
			},
			{ locales: SOURCE_ONLY },
		);
		onTestFinished(build.remove);
		expect(build.status).not.toBe(0);
		expect(build.output).toContain('countries/nl/pack.json is not valid:');
		expect(build.output).toContain('help.0.phone: Write the number as people dial it inside the country');
		expect(existsSync(join(build.root, 'dist/en/index.html'))).toBe(false);
	});

	it('fails on a translation without a translation record and a skipped heading level, naming the file, every problem and what to do', () => {
		const build = buildFixture(
			{
				'lessons/en/index.mdx': fixture('home.mdx'),
				'lessons/en/help/index.mdx': HELP_PAGE,
				'lessons/nl/help/index.mdx': `${HELP_PAGE.replace('Get help', 'Hulp krijgen')}\n## Deel\n\n#### Detail\n\nTekst.\n`,
			},
			{ locales: ['en', 'nl'] },
		);
		onTestFinished(build.remove);
		expect(build.status).not.toBe(0);
		expect(build.output).toContain(
			'lessons/nl/help/index.mdx:1: this page translates lessons/en/help/index.mdx but does not record which version.',
		);
		expect(build.output).toContain(`source: "${sourceHash(HELP_PAGE)}"`);
		// Every problem in the file at once, so an author fixes them in one go.
		expect(build.output).toContain(
			'lessons/nl/help/index.mdx:10: the heading "Detail" is level 4 but follows level 2. Use "###"',
		);
		expect(existsSync(join(build.root, 'dist/en/index.html'))).toBe(false);
	});

	it('fails the build on a broken internal link, naming the file and the link', () => {
		const build = buildFixture(
			{
				'lessons/en/index.mdx': `${fixture('home.mdx')}\nSee [the lesson](/en/lessons/11-13/no-such-lesson/).\n`,
			},
			{ locales: SOURCE_ONLY },
		);
		onTestFinished(build.remove);
		expect(build.status).not.toBe(0);
		expect(build.output).toContain('en/index.mdx');
		expect(build.output).toContain('/en/lessons/11-13/no-such-lesson/');
		expect(build.output).toContain('no such page');
	});
});
