/**
 * `npm run build`: the site in dist/, with its quiz exports, search index, security policy and
 * link check.
 *
 * `astro build` renders the pages. Once its process has exited, Pagefind indexes them while this
 * process writes the quiz exports (src/quiz/quizExportFiles.ts) and runs the page step (each
 * page's security policy and safe external links, and the check of every link) beside it. Run
 * from Astro's `astro:build:done` hooks, as `astro build` on its own still does them, Pagefind's
 * indexer ran while Astro's process still held its whole build: at 9,992 pages the two needed 3.7
 * and 2.5 GiB at once (README, Benchmark). Here the build needs the larger of the two, not their
 * sum, and takes about as long.
 *
 * Usage: npm run build [-- --outDir <folder>]
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { STEPS_AFTER_ASTRO } from '../src/config/stepsAfterAstro.ts';
import { commandLine } from './lib/commandLine.ts';
import { projectRoot } from './lib/projectRoot.ts';

const USAGE = 'npm run build [-- --outDir <folder>]';
const { values } = commandLine(
	{ options: { outDir: { type: 'string', default: 'dist' }, help: { type: 'boolean', short: 'h' } } },
	USAGE,
);
if (values.help) {
	console.log(`Usage: ${USAGE}`);
	process.exit(0);
}
const dist = resolve(projectRoot, values.outDir);
/** Astro as Node finds it from here: the project's, or for a copy of the kit inside it, the project's too. */
const astroPackage = createRequire(import.meta.url).resolve('astro/package.json');

const astro = spawn(
	process.execPath,
	[join(dirname(astroPackage), 'bin/astro.mjs'), 'build', '--outDir', dist],
	{ cwd: projectRoot, stdio: 'inherit', env: { ...process.env, [STEPS_AFTER_ASTRO]: '1' } },
);
const astroExit = new Promise<number | null>((done) => astro.on('close', done));
// Stopped (Ctrl+C, or `npm test` stopping its other steps when one fails): stop Astro too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		astro.kill(signal);
		process.exit(1);
	});
}
// Loaded while Astro starts, on the other core; if they cannot be, Astro is stopped too.
const [{ loadKitConfig }, { indexSearch }, { secureBuiltSite }, { writeQuizExports }] = await Promise.all([
	import('../src/config/loadKitConfig.ts'),
	import('../src/search/searchIndex.ts'),
	import('../src/security/securityIntegration.ts'),
	import('../src/quiz/quizExportFiles.ts'),
]).catch((error: unknown) => {
	astro.kill('SIGTERM');
	throw error;
});
const status = await astroExit;
if (status !== 0) process.exit(status ?? 1);

/** A line in the style of Astro's own messages, so the build reads as one. */
const log = (label: string) => (message: string) =>
	console.log(`${new Date().toLocaleTimeString('en-GB', { hour12: false })} [${label}] ${message}`);

const kit = loadKitConfig();
const quizExports = writeQuizExports(dist).then(log('kit-quiz-exports'));
const steps = await Promise.allSettled([
	indexSearch(dist, log('starlight:pagefind')),
	quizExports,
	// Its link check waits for the quiz exports the lesson pages link to.
	secureBuiltSite(
		dist,
		kit.site,
		{
			contentDir: pathToFileURL(join(projectRoot, 'lessons/')),
			defaultLocale: kit.defaultLocale,
			base: kit.base,
		},
		quizExports,
	).then(log('kit-security')),
]);
// A failure of the quiz exports is the page step's too: each reason once.
const failed = new Set(steps.flatMap((step) => (step.status === 'rejected' ? [step.reason as unknown] : [])));
for (const reason of failed) console.error(`\n${(reason as Error).message ?? reason}`);
if (failed.size > 0) {
	console.error('\nThe build failed: fix what is named above, then run npm run build again.');
	process.exit(1);
}
