import { loadKitConfig } from '../../../src/config/loadKitConfig.ts';
import { fileSize } from '../pack/offlinePage.ts';
import { packSite } from '../pack/packSite.ts';
import { secs, table } from './table.ts';

/** The issue "Offline pack": at most 8 MB per locale, zipped. */
const TARGET_BYTES = 8 * 1024 * 1024;

/**
 * Makes the offline packs from a built kit, as `npm run pack -- --reuse-dist` does, prints each
 * pack's size and returns the bench's checks: each one-locale pack against the target, the pack
 * with every locale and the Kolibri apps for information, and the time packing adds to a build.
 */
export function offlinePacks(dist: string, out: string) {
	const kit = loadKitConfig();
	const run = packSite({ dist, kit, out });
	const sites = run.packs.filter((pack) => pack.spec.kind === 'site');
	const apps = run.packs.filter((pack) => pack.spec.kind === 'kolibri');
	const appBytes = apps.reduce((sum, pack) => sum + pack.zip.byteLength, 0);
	console.log(
		table(
			['Pack', 'Files', 'Zipped'],
			[
				...sites.map((pack) => [pack.spec.file, pack.files, fileSize(pack.zip.byteLength, 'en')]),
				[
					`kolibri/ (${apps.length} lesson apps)`,
					apps.reduce((sum, p) => sum + p.files, 0),
					fileSize(appBytes, 'en'),
				],
			],
		),
	);
	return [
		...sites.map((pack) => {
			const one = pack.spec.locales.length === 1;
			return {
				measure: `Offline pack, ${one ? pack.spec.locales[0] : 'every locale'} (zipped)`,
				value: fileSize(pack.zip.byteLength, 'en'),
				target: one ? `≤ ${fileSize(TARGET_BYTES, 'en')}` : 'no target',
				...(one ? { pass: pack.zip.byteLength <= TARGET_BYTES } : {}),
				reason: `${pack.files} files; the search index and the pages' HTML weigh most`,
			};
		}),
		{
			measure: 'Offline packs: time npm run pack adds to the build',
			value: secs(run.seconds),
			target: 'no target',
		},
	];
}
