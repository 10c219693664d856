import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '../..');

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
 * Builds a copy of the kit with other content: the project's code and config, plus the given
 * files (paths relative to the project root, e.g. `lessons/en/index.mdx`). Nothing in the real
 * project is touched.
 */
export function buildFixture(files: Record<string, string>, env: Record<string, string> = {}): FixtureBuild {
	const root = mkdtempSync(join(tmpdir(), 'kit-fixture-'));
	for (const entry of [
		'astro.config.mjs',
		'kit.config.json',
		'package.json',
		'tsconfig.json',
		'public',
		'scripts',
	]) {
		cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
	}
	cpSync(join(projectRoot, 'src'), join(root, 'src'), {
		recursive: true,
		filter: (source) => !source.startsWith(join(projectRoot, 'src/content/docs')),
	});
	symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'junction');
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), content);
	}
	const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
	});
	const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
	return {
		status: result.status,
		output,
		root,
		remove: () => rmSync(root, { recursive: true, force: true }),
	};
}

/** A file from the build test fixtures folder. */
export function fixture(name: string): string {
	return readFileSync(join(projectRoot, 'tests/build/fixtures', name), 'utf8');
}
