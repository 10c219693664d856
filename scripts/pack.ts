/**
 * Offline packs: the whole kit as zips that work from a USB stick or a shared drive, opened from
 * disk with no server and no network, search and quizzes included. One pack per locale, one with
 * every locale, and a Kolibri HTML5 app per lesson (its student view). The zips go into the built
 * site's `downloads/` folder, and the site's "Use it offline" pages list them with size and date.
 *
 * Usage: npm run pack [-- options]
 *   --reuse-dist       pack the site already in dist/ instead of building it first
 *   --dist <folder>    the built site to pack (default dist/)
 *   --out <folder>     write the zips there instead, and leave the site's pages alone
 *   --only <codes>     only these packs: locale codes and/or "all", comma-separated
 *   --no-kolibri       leave out the Kolibri apps
 *
 * Build with the same SITE_URL and BASE_PATH as the site you publish: links in the packs are
 * made relative from the addresses the site was built with.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { loadKitConfig } from '../src/config/loadKitConfig.ts';
import { commandLine } from './lib/commandLine.ts';
import { fileSize } from './lib/pack/offlinePage.ts';
import { packSite } from './lib/pack/packSite.ts';
import { projectRoot } from './lib/projectRoot.ts';

const USAGE = 'npm run pack [-- --reuse-dist] [--dist dist] [--out folder] [--only en,all] [--no-kolibri]';
const { values } = commandLine(
	{
		options: {
			'reuse-dist': { type: 'boolean', default: false },
			dist: { type: 'string', default: 'dist' },
			out: { type: 'string' },
			only: { type: 'string' },
			'no-kolibri': { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
	},
	USAGE,
);
if (values.help) {
	console.log(`Usage: ${USAGE}`);
	process.exit(0);
}

const kit = loadKitConfig();
const dist = resolve(projectRoot, values.dist);
if (!values['reuse-dist']) {
	const build = spawnSync(process.execPath, [resolve(projectRoot, 'scripts/build.ts'), '--outDir', dist], {
		cwd: projectRoot,
		stdio: 'inherit',
	});
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const only = values.only
	?.split(',')
	.map((code) => code.trim())
	.filter(Boolean);
const unknown = only?.filter((code) => code !== 'all' && !kit.locales.some((locale) => locale.code === code));
if (unknown?.length) {
	console.error(`--only: ${unknown.join(', ')} is not a locale in kit.config.json, nor "all".`);
	process.exit(1);
}

try {
	let apps = 0;
	const run = packSite({
		dist,
		kit,
		...(values.out ? { out: resolve(values.out) } : {}),
		...(only ? { only } : {}),
		kolibri: !values['no-kolibri'],
		onPack: (pack) => {
			if (pack.spec.kind === 'kolibri') apps++;
			else console.log(`${pack.spec.file}: ${pack.files} files, ${fileSize(pack.zip.byteLength, 'en')}`);
		},
	});
	const appBytes = run.packs
		.filter((p) => p.spec.kind === 'kolibri')
		.reduce((sum, p) => sum + p.zip.byteLength, 0);
	if (apps) console.log(`kolibri/: ${apps} lesson apps, ${fileSize(appBytes, 'en')} in all`);
	console.log(`Packed in ${run.seconds.toFixed(1)} s into ${run.out}`);
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
