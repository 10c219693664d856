import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from './projectRoot.ts';

/**
 * Copies of the kit under `.fixtures/`, and the kit's build run on them, for the tests
 * (tests/support/buildFixture.ts) and the benchmark (scripts/bench.ts). Nothing in the real
 * project is touched.
 */

/** Where copies go; ignored by Git. */
const FIXTURES_DIR = join(projectRoot, '.fixtures');
/** Astro's command line, run with the Node that runs the caller (Node 24 under npm scripts). */
export const ASTRO_BIN = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

/**
 * Vitest puts Vite's `import.meta.env` values (BASE_URL, MODE, …) into `process.env`; a child
 * build would read them back and, for example, lose its base path. Builds start without them.
 */
const VITEST_ENV = /^(BASE_URL|MODE|DEV|PROD|SSR|TEST|NODE_ENV|VITEST.*)$/;

/** The environment a child build runs in: no Vitest values, no telemetry, no colours. */
export function buildEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
	const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.test(name)));
	return { ...cleanEnv, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env };
}

/**
 * Builds the copy in `root` with extra environment variables: as `npm run build` does
 * (scripts/build.ts), or with `astro` alone, whose own hooks then run Pagefind and the page step
 * (as a host that runs `astro build` itself would).
 */
export function kitBuild(root: string, env: Record<string, string>, { astroOnly = false } = {}) {
	const command = astroOnly ? [ASTRO_BIN, 'build'] : [join(root, 'scripts/build.ts')];
	const result = spawnSync(process.execPath, command, {
		cwd: root,
		encoding: 'utf8',
		env: buildEnv(env),
	});
	return {
		status: result.status,
		output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''),
	};
}

/** A new, empty folder under `.fixtures/`, and a function that deletes it. */
export function fixtureRoot(prefix: string) {
	mkdirSync(FIXTURES_DIR, { recursive: true });
	const root = mkdtempSync(join(FIXTURES_DIR, prefix));
	return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * A copy of the kit under `.fixtures/` without building it: the project's code and config, the
 * given files (paths relative to the project root, e.g. `lessons/en/index.md`) and, with
 * `lessons: true`, the real `lessons/` folder under them. With `locales`, the copy keeps only
 * those locales (`trimLocales`). The copy lives inside the project, so Node finds the project's
 * node_modules by walking up.
 */
export function copyProject(
	prefix: string,
	files: Record<string, string>,
	{ lessons = false, locales }: { lessons?: boolean; locales?: string[] } = {},
) {
	const fixture = fixtureRoot(prefix);
	const { root } = fixture;
	for (const entry of [
		'astro.config.mjs',
		'kit.config.json',
		'.prettierrc.json',
		'package.json',
		'tsconfig.json',
		'public',
		'scripts',
		'countries',
		...(lessons ? ['lessons'] : []),
	]) {
		cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
	}
	cpSync(join(projectRoot, 'src'), join(root, 'src'), {
		recursive: true,
		filter: (source) => !source.startsWith(join(projectRoot, 'src/content/docs')),
	});
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), content);
	}
	if (locales) trimLocales(root, locales);
	return fixture;
}

/**
 * Leaves only `keep` in a copy's kit.config.json (its own, if the files gave one), and removes the
 * other locales' pages and country pack words, as in a fork without them. Every page, help
 * country and law page is built once per locale, so a test that needs one locale builds a fifth
 * of the kit.
 */
function trimLocales(root: string, keep: string[]) {
	const configFile = join(root, 'kit.config.json');
	const kit = JSON.parse(readFileSync(configFile, 'utf8'));
	if (!keep.includes(kit.defaultLocale))
		throw new Error(`A copy must keep its source locale, ${kit.defaultLocale}.`);
	const dropped = (kit.locales as { code: string }[]).filter(({ code }) => !keep.includes(code));
	kit.locales = kit.locales.filter(({ code }: { code: string }) => keep.includes(code));
	// Settings per locale name configured locales only (src/schemas/kitConfigSchema.ts).
	if (kit.readingLevel) {
		kit.readingLevel = Object.fromEntries(
			Object.entries(kit.readingLevel).filter(([code]) => keep.includes(code)),
		);
	}
	writeFileSync(configFile, JSON.stringify(kit));
	for (const { code } of dropped) {
		rmSync(join(root, 'lessons', code), { recursive: true, force: true });
		for (const pack of readdirSync(join(root, 'countries'), { withFileTypes: true }))
			if (pack.isDirectory()) rmSync(join(root, 'countries', pack.name, `${code}.json`), { force: true });
	}
}
