import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The path authors know a content file by (`lessons/en/…`), for error messages. Vite may reach a
 * file through the `src/content/docs` link; authors never see that path.
 */
export function authorPath(fileURL: URL | undefined): string {
	if (!fileURL) return '(unknown file)';
	const path = relative(process.cwd(), fileURLToPath(fileURL)).split(sep).join('/');
	return path.replace(/(^|\/)src\/content\/docs\//, '$1lessons/');
}

/** The locale a content file is written in: the folder under `lessons/` (or `src/content/docs/`). */
export function localeOfFile(fileURL: URL | undefined, locales: string[], defaultLocale: string): string {
	if (!fileURL) return defaultLocale;
	const parts = fileURLToPath(fileURL).split(sep);
	for (let i = parts.length - 2; i >= 0; i--) {
		if ((parts[i] === 'lessons' || parts[i] === 'docs') && locales.includes(parts[i + 1]!))
			return parts[i + 1]!;
	}
	return defaultLocale;
}

/**
 * A content file's path inside its locale folder: `src/content/docs/nl/young-people/index.md`
 * (or `lessons/nl/…`) in locale `nl` → `young-people/index.md`. Undefined if it is not in that locale.
 */
export function pathInLocale(filePath: string, locale: string): string | undefined {
	const parts = filePath.split(/[\\/]/);
	for (let i = parts.length - 2; i >= 0; i--) {
		if ((parts[i] === 'lessons' || parts[i] === 'docs') && parts[i + 1] === locale)
			return parts.slice(i + 2).join('/');
	}
	return undefined;
}
