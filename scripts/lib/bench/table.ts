/** A plain-text table with columns padded to their widest cell; numbers right-aligned. */
export function table(header: string[], rows: (string | number)[][]): string {
	const cells = [header, ...rows.map((row) => row.map(String))];
	const widths = header.map((_, column) => Math.max(...cells.map((row) => [...(row[column] ?? '')].length)));
	const numeric = header.map((_, column) =>
		rows.every((row) => /^[\d.,×%+−-]+\s?\S{0,5}$/.test(String(row[column] ?? '')) || row[column] === '–'),
	);
	const line = (row: string[]) =>
		row
			.map((cell, column) => {
				const pad = ' '.repeat(widths[column]! - [...cell].length);
				return numeric[column] ? pad + cell : cell + pad;
			})
			.join('  ')
			.trimEnd();
	return [
		line(cells[0]!),
		widths.map((width) => '-'.repeat(width)).join('  '),
		...cells.slice(1).map(line),
	].join('\n');
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mib = (value: number | undefined) => (value === undefined ? 'n/a' : `${Math.round(value)} MiB`);
export const secs = (value: number) => `${value.toFixed(1)} s`;
export const times = (value: number) => `${value.toFixed(2)}×`;
