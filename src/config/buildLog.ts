/**
 * What Vite's bundler (Rolldown) prints while Astro builds the kit, less one warning that says
 * nothing a maintainer can act on.
 *
 * Astro marks MDX pages' modules with the directive `"use astro:head-inject"`, and Rolldown
 * warns that it "may not be preserved when bundling": once per MDX page, in about a dozen lines
 * each. The kit's own pages are Markdown now, but a fork may write pages in MDX (when the kit's
 * guides were, it was 36 warnings and 360 lines in every build). A new Starlight site shows it
 * too. It is Astro's to fix: withastro/astro#18087, "`MODULE_LEVEL_DIRECTIVE` warning during
 * build" (open in the copy of the thread read on 30 November 2026). Leaving it out of the log
 * changes nothing that is built: the site is byte for byte the same with this filter and without.
 * When a new Astro stops emitting the warning, the filter drops nothing.
 *
 * Every other message, other directives' warnings included, goes through as it was.
 * @see https://github.com/withastro/astro/issues/18087
 * @see https://rolldown.rs/options/on-log
 */

/** The parts of a Rolldown log this reads (Rolldown's `RolldownLog`, or a plain string). */
type Log = string | { code?: string; message: string };
type Level = 'debug' | 'info' | 'warn' | 'error';

/** Astro's own marker for modules whose page head it fills in. */
const ASTRO_HEAD_DIRECTIVE = '"use astro:head-inject"';

/** Whether a log is Rolldown's warning about Astro's own head marker. */
function isAstroHeadDirectiveWarning(level: Level, log: Log): boolean {
	return (
		level === 'warn' &&
		typeof log === 'object' &&
		log.code === 'MODULE_LEVEL_DIRECTIVE' &&
		log.message.includes(ASTRO_HEAD_DIRECTIVE)
	);
}

/** Rolldown's `onLog` option: passes every log to Vite's own handler but that warning. */
export function onBuildLog(level: Level, log: Log, handler: (level: Level, log: Log) => void): void {
	if (isAstroHeadDirectiveWarning(level, log)) return;
	handler(level, log);
}
