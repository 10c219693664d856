import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, kitBuild } from '../../scripts/lib/projectCopy.ts';
import { projectRoot } from '../../scripts/lib/projectRoot.ts';

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

export interface FixtureOptions {
	/** Environment variables for the build (e.g. `SITE_URL`). */
	env?: Record<string, string>;
	/** Runs in the copy before it builds (e.g. a project script). */
	prepare?: (root: string) => void;
	/**
	 * The locales the copy keeps (every one unless told): pages are built once per locale, so a
	 * test that needs only the source locale builds a fifth of the kit.
	 */
	locales?: string[];
	/** Build with `astro build` alone instead of `npm run build` (scripts/lib/projectCopy.ts). */
	astroOnly?: boolean;
}

/**
 * Builds a copy of the kit with other content: the project's code and config, plus the given
 * files (scripts/lib/projectCopy.ts).
 */
export function buildFixture(
	files: Record<string, string>,
	{ env = {}, prepare, locales, astroOnly }: FixtureOptions = {},
): FixtureBuild {
	const { root, remove } = copyProject('build-', files, { locales });
	try {
		prepare?.(root);
	} catch (error) {
		remove();
		throw error;
	}
	return { ...kitBuild(root, env, { astroOnly }), root, remove };
}

/** A file from the build test fixtures folder. */
export function fixture(name: string): string {
	return readFileSync(join(projectRoot, 'tests/build/fixtures', name), 'utf8');
}

/** Runs a project script (`scripts/<name>`) in `root` with Node, like `npm run` would. */
export function runScript(root: string, script: string, args: string[] = []) {
	const result = spawnSync(process.execPath, [join('scripts', script), ...args], {
		cwd: root,
		encoding: 'utf8',
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
