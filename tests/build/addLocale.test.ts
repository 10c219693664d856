import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { TranslationReport } from '../../src/i18n/translationStatus.ts';
import { buildFixture, fixture, runScript } from '../support/buildFixture.ts';

describe('npm run i18n:add', () => {
	it('adds pt-BR to a copy of the kit, which then builds with English pages and Starlight’s notice', () => {
		let added: ReturnType<typeof runScript> | undefined;
		let status: TranslationReport | undefined;
		const build = buildFixture(
			{
				'lessons/en/index.mdx': fixture('home.mdx'),
				'lessons/en/lessons/11-13/ask-first.mdx': fixture('lesson-good.mdx'),
			},
			{},
			(root) => {
				added = runScript(root, 'i18n-add.ts', ['pt-BR']);
				status = JSON.parse(runScript(root, 'i18n-status.ts', ['--json', '--locale', 'pt-br']).stdout);
			},
		);
		onTestFinished(build.remove);
		expect(added?.status, added?.stderr).toBe(0);
		expect(added?.stdout).toContain(
			'Added Português (Brasil) (pt-BR): pages at /pt-br/, written left to right.',
		);

		// One entry in the one locale list, UI strings to translate, and a folder for pages.
		const kit = JSON.parse(readFileSync(join(build.root, 'kit.config.json'), 'utf8'));
		expect(kit.locales.at(-1)).toEqual({
			code: 'pt-br',
			label: 'Português (Brasil)',
			lang: 'pt-BR',
			dir: 'ltr',
			helpCountries: [],
		});
		const strings = JSON.parse(readFileSync(join(build.root, 'src/content/i18n/pt-br.json'), 'utf8'));
		expect(strings['kit.help.now']).toBe('Get help now');
		// Portuguese has a "many" plural form that English lacks.
		expect(strings['kit.lesson.minutes_many']).toBe('{{count}} minutes');
		expect(existsSync(join(build.root, 'lessons/pt-br/_README.md'))).toBe(true);
		// Until translated, the placeholders count as missing; every page and every country pack's words are missing.
		const portuguese = status!.locales[0]!;
		expect(portuguese.missingUiStrings).toHaveLength(portuguese.uiStringsTotal);
		const packs = readdirSync(join(build.root, 'countries'), { withFileTypes: true }).filter((entry) =>
			entry.isDirectory(),
		);
		expect(portuguese.counts).toMatchObject({
			total: 2 + packs.length,
			translated: 0,
			missing: 2 + packs.length,
		});
		expect(portuguese.pages.map((page) => page.path)).toContain('countries/nl/en.json');

		expect(build.status, build.output).toBe(0);
		const page = (path: string) => readFileSync(join(build.root, 'dist', path, 'index.html'), 'utf8');
		const lesson = page('pt-br/lessons/11-13/ask-first');
		expect(lesson).toMatch(/<html[^>]*lang="pt-BR"[^>]*dir="ltr"/);
		expect(lesson).toContain('Este conteúdo não está disponível em sua língua ainda.');
		expect(page('pt-br/lessons')).toContain('href="/pt-br/lessons/11-13/ask-first/"');
		expect(page('')).toContain('href="/pt-br/"');
		expect(page('pt-br/translation-status')).toContain('Português (Brasil)');
	});
});
