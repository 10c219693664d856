/**
 * `npm test`: every check and every test, in as little time as a two-core machine allows. Steps
 * that do not depend on each other run at the same time:
 *   - formatting (Prettier), the site's build (`npm run build` into dist/) and Vitest start together;
 *     Vitest runs the tests that need no built site first (tests/unit, tests/content and the
 *     fixture builds of tests/build), and the tests of the built site (tests/browser) wait for the
 *     build (tests/support/afterBuild.ts, told by the file KIT_BUILD_READY names);
 *   - the type check (`astro check`) starts once the build is done, on the types the build made
 *     (`--noSync`: syncing again would repeat the build's first step for the same types).
 * Vitest prints as it goes; the other steps print when they end: their last lines if they passed,
 * everything if they failed (the build's warnings are long, and the same on every run). The first
 * step to fail stops the run (the others are stopped too) and sets its exit code.
 * Usage: node scripts/test.ts [arguments for vitest, e.g. a test file]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './lib/projectRoot.ts';

interface Step {
	name: string;
	command: string[];
	/** Print output as it comes (only one step at a time may). */
	stream?: boolean;
}

const bin = (name: string) => join(projectRoot, 'node_modules', '.bin', name);
const running = new Set<ChildProcess>();

function run({ name, command, stream }: Step): Promise<void> {
	const started = performance.now();
	const child = spawn(command[0]!, command.slice(1), {
		cwd: projectRoot,
		stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
	});
	running.add(child);
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk));
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code, signal) => {
			running.delete(child);
			const seconds = ((performance.now() - started) / 1000).toFixed(1);
			// A step that passed shows its last lines (its summary); one that failed, everything it printed.
			const shown = code === 0 ? lastLines(output, 4) : output;
			if (!stream) process.stdout.write(`\n── ${name} (${seconds} s) ──\n${shown}\n`);
			if (code === 0) resolve();
			else reject(Object.assign(new Error(`${name} failed (${signal ?? `exit code ${code}`})`), { code }));
		});
	});
}

/** The last `count` lines of a step's output that are not blank. */
function lastLines(output: string, count: number): string {
	return output
		.split('\n')
		.filter((line) => line.trim())
		.slice(-count)
		.join('\n');
}

/** Stops every step still running and exits with the failed step's code. */
function stop(error: Error & { code?: number }): never {
	for (const child of running) child.kill('SIGTERM');
	console.error(`\n${error.message}`);
	process.exit(error.code || 1);
}

/** Where the build leaves word that dist/ is ready for the tests of the built site. */
const buildReady = join(projectRoot, '.fixtures', 'build-ready');
rmSync(buildReady, { force: true });
mkdirSync(join(projectRoot, '.fixtures'), { recursive: true });
process.env.KIT_BUILD_READY = buildReady;

const started = performance.now();
const build = run({
	name: 'Build (npm run build)',
	command: [process.execPath, join(projectRoot, 'scripts/build.ts')],
}).then(() => {
	writeFileSync(buildReady, new Date().toISOString());
	return run({ name: 'Type check (astro check)', command: [bin('astro'), 'check', '--noSync'] });
});
await Promise.all([
	// `--cache`: files unchanged since they last passed are not formatted again (node_modules/.cache).
	run({
		name: 'Formatting (prettier --check .)',
		command: [bin('prettier'), '--check', '--cache', '--cache-strategy', 'content', '.'],
	}),
	build,
	run({
		name: 'Tests (vitest run)',
		command: [bin('vitest'), 'run', ...process.argv.slice(2)],
		stream: true,
	}),
]).catch(stop);
rmSync(buildReady, { force: true });
console.log(`\nEvery check and test passed in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
