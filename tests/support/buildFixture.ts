import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { sourceHash, type TranslationReview } from '../../src/i18n/translationStatus.ts';

export const projectRoot = resolve(import.meta.dirname, '../..');
/** Where fixture builds go; ignored by Git. */
const FIXTURES_DIR = join(projectRoot, '.fixtures');
/** Astro's command line, run with the Node that runs the caller (Node 24 under npm scripts). */
export const ASTRO_BIN = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

export interface FixtureBuild {
	/** The build's exit code: 0 when it succeeded. */
	status: number | null;
	/** Everything the build printed, colours removed. */
	output: string;
	/** The fixture's folder (its `dist/` holds the built site). */
	root: string;
	/** Deletes the fixture's folder. */
	remove: () => void;
}

/**
 * Vitest puts Vite's `import.meta.env` values (BASE_URL, MODE, …) into `process.env`; a child
 * build would read them back and, for example, lose its base path. Builds start without them.
 */
const VITEST_ENV = /^(BASE_URL|MODE|DEV|PROD|SSR|TEST|NODE_ENV|VITEST.*)$/;

/** The environment a child `astro build` runs in: no Vitest values, no telemetry, no colours. */
export function buildEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
	const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.test(name)));
	return { ...cleanEnv, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env };
}

/** Runs `astro build` in `root`, with extra environment variables and CLI arguments. */
export function astroBuild(root: string, env: Record<string, string>, args: string[] = []) {
	const result = spawnSync(process.execPath, [ASTRO_BIN, 'build', ...args], {
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
 * Builds a copy of the kit with other content: the project's code and config, plus the given
 * files (paths relative to the project root, e.g. `lessons/en/index.mdx`). Nothing in the real
 * project is touched. The copy lives inside the project, so Node finds the project's
 * node_modules by walking up. `prepare` runs in the copy before it builds (e.g. a project script).
 */
export function buildFixture(
	files: Record<string, string>,
	env: Record<string, string> = {},
	prepare?: (root: string) => void,
): FixtureBuild {
	const { root, remove } = copyProject('build-', files);
	try {
		prepare?.(root);
	} catch (error) {
		remove();
		throw error;
	}
	return { ...astroBuild(root, env), root, remove };
}

/**
 * A copy of the kit under `.fixtures/` without building it: the project's code and config, the
 * given files and, with `lessons: true`, the real `lessons/` folder under them.
 */
export function copyProject(
	prefix: string,
	files: Record<string, string>,
	{ lessons = false }: { lessons?: boolean } = {},
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
	return fixture;
}

/** Builds the real project with other settings into a folder of its own, leaving `dist/` alone. */
export function buildProject(env: Record<string, string>): FixtureBuild {
	const { root, remove } = fixtureRoot('project-');
	return { ...astroBuild(projectRoot, env, ['--outDir', join(root, 'dist')]), root, remove };
}

/** A file from the build test fixtures folder. */
export function fixture(name: string): string {
	return readFileSync(join(projectRoot, 'tests/build/fixtures', name), 'utf8');
}

/** A translated page: `text` with a frontmatter record saying it translates `source` (docs/translators-guide.md). */
export function asTranslation(
	text: string,
	source: string,
	status: TranslationReview = 'machine-assisted',
): string {
	return text.replace(
		/^---\n/,
		`---\ntranslation:\n  source: "${sourceHash(source)}"\n  status: ${status}\n`,
	);
}

/** Runs a project script (`scripts/<name>`) in `root` with Node, like `npm run` would. */
export function runScript(root: string, script: string, args: string[] = []) {
	const result = spawnSync(process.execPath, [join('scripts', script), ...args], {
		cwd: root,
		encoding: 'utf8',
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
