import type { KitConfig } from '../../src/schemas/kitConfigSchema.ts';
import type { TranslationReport } from '../../src/i18n/translationStatus.ts';

/** Plain-text columns, padded to the widest cell. */
function table(rows: (string | number)[][]): string {
	const cells = rows.map((row) => row.map(String));
	const widths = cells[0]!.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)));
	return cells
		.map((row) =>
			row
				.map((cell, column) => cell.padEnd(widths[column]!))
				.join('  ')
				.trimEnd(),
		)
		.join('\n');
}

/** The status report as text: one summary row per locale, then one table of pages per locale. */
export function formatStatusTables(report: TranslationReport, kit: KitConfig): string {
	const label = (code: string) => kit.locales.find((locale) => locale.code === code)?.label ?? code;
	const total = Object.keys(report.sourcePages).length;
	const out: string[] = [
		`Translation status against "${report.sourceLocale}" (${total} source pages)`,
		'',
		table([
			[
				'locale',
				'language',
				'translated',
				'machine-assisted',
				'reviewed',
				'outdated',
				'no record',
				'missing',
				'UI strings missing',
			],
			...report.locales.map(({ locale, counts, uiStringsTotal, missingUiStrings }) => [
				locale,
				label(locale),
				`${counts.translated}/${counts.total}`,
				counts.machineAssisted,
				counts.reviewed,
				counts.outdated,
				counts.untracked,
				counts.missing,
				`${missingUiStrings.length}/${uiStringsTotal}`,
			]),
		]),
	];
	for (const status of report.locales) {
		out.push(
			'',
			`${status.locale} (${label(status.locale)}): ${status.counts.translated} of ${total} pages translated`,
			table([
				['page', 'state', 'source hash', 'recorded'],
				...status.pages.map((page) => [
					page.path,
					page.state === 'untracked' ? 'no record' : page.state,
					page.sourceHash,
					page.translation?.source ?? '',
				]),
			]),
		);
		if (status.ownPages.length > 0) {
			out.push(`Pages only in ${status.locale} (not counted): ${status.ownPages.join(', ')}`);
		}
		out.push(
			status.missingUiStrings.length === 0
				? 'UI strings: none missing.'
				: `UI strings missing (${status.missingUiStrings.length}): ${status.missingUiStrings.join(', ')}`,
		);
	}
	return out.join('\n');
}
