import { zipSync, type Zippable } from 'fflate';

/**
 * The time written for every file in a pack. Zip files store local time without a time zone, and
 * fflate reads the local fields of the date it is given, so the date is made from fixed local
 * fields: the same bytes come out in every time zone. `SOURCE_DATE_EPOCH` (seconds, the
 * reproducible-builds convention) sets it; otherwise it is 1 January 2000.
 * @see https://reproducible-builds.org/docs/source-date-epoch/
 */
export function fixedFileTime(env: NodeJS.ProcessEnv = process.env): Date {
	const epoch = Number(env.SOURCE_DATE_EPOCH);
	const utc =
		Number.isFinite(epoch) && epoch > 315532800 ? new Date(epoch * 1000) : new Date(Date.UTC(2000, 0, 1));
	return new Date(
		utc.getUTCFullYear(),
		utc.getUTCMonth(),
		utc.getUTCDate(),
		utc.getUTCHours(),
		utc.getUTCMinutes(),
		utc.getUTCSeconds(),
	);
}

/** Files that are compressed already gain nothing from deflate. */
const STORED = /\.(zip|png|jpe?g|webp|avif|gif|woff2?)$/i;

/**
 * A zip of `files` (path in the zip → bytes) that depends on nothing but them: entries sorted by
 * path, one fixed time, fixed compression. The same files give the same bytes, on any machine.
 */
export function reproducibleZip(files: Map<string, Uint8Array>, mtime = fixedFileTime()): Uint8Array {
	const entries: Zippable = {};
	for (const path of [...files.keys()].sort()) {
		entries[path] = [
			files.get(path)!,
			{ mtime, level: STORED.test(path) ? 0 : 9, os: 3, attrs: 0o644 << 16 },
		];
	}
	return zipSync(entries);
}
