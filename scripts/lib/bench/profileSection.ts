import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PHASE_NAMES } from './buildBreakdown.ts';
import type { BuildMeasurement, BuildOptions } from './measureBuild.ts';
import { profilePlaces, readProfiles, sampledMs } from './profile.ts';
import { secs, table } from './table.ts';

/** A function's name cut to a table cell's width (regular expressions are named by their source). */
const shorten = (name: string) => (name.length > 40 ? `${name.slice(0, 39)}…` : name);

/**
 * Builds the largest kit again under `node --cpu-prof` (the measured builds run without it, as the
 * profiler slows them) and prints where its time went, by package or file.
 */
export async function profileSection(
	root: string,
	ctx: {
		timeoutSeconds: number;
		env: Record<string, string>;
		build: (name: string, root: string, options?: BuildOptions) => Promise<BuildMeasurement>;
		section: (title: string) => void;
	},
) {
	const dir = join(root, 'cpu-profile');
	const run = await ctx.build('the largest kit again, under --cpu-prof', root, {
		timeoutSeconds: ctx.timeoutSeconds,
		nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
		env: ctx.env,
	});
	ctx.section(`2b. Where the largest kit build spends its time (node --cpu-prof, ${run.pages} pages)`);
	if (run.timedOut || !existsSync(dir)) {
		console.log('No profile: the build was stopped before Node could write it.');
		return;
	}
	const profiles = readProfiles(dir);
	const total = sampledMs(profiles);
	const places = profilePlaces(profiles, { projectRoot: root, top: 15 });
	console.log(
		`${secs(total / 1000)} of CPU time sampled in Astro's Node process (${secs(run.seconds)} wall clock with the profiler; ` +
			`Pagefind's indexer is a separate program: its ${secs(run.phases.pagefind)} is not in the profile). Self time, by where the code lives:\n`,
	);
	console.log(
		table(
			['Where', 'Self time', 'Share', 'Top functions (ms)'],
			places.map(({ place, selfMs, functions }) => [
				place,
				secs(selfMs / 1000),
				`${((selfMs / total) * 100).toFixed(1)}%`,
				functions.map(({ name, ms }) => `${shorten(name)} ${ms.toFixed(0)}`).join('; '),
			]),
		),
	);
	console.log(
		`\n"built site" is the bundle Astro renders pages from (the kit's pages and components with Starlight's), named by chunk; ` +
			`${PHASE_NAMES.render} took ${secs(run.phases.render)} of this build.`,
	);
}
