import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Checks the shape of `lessons/` before anything builds: every top-level folder is a configured
 * locale, and no two files would publish at the same address. Throws one error listing every
 * problem, each with the path and what to do.
 */
export function checkContentFolders(contentDir: URL, locales: string[]): void {
	const root = fileURLToPath(contentDir);
	const problems: string[] = [];
	for (const entry of readdirSync(root, { withFileTypes: true })) {
		if (entry.isDirectory() && !locales.includes(entry.name)) {
			problems.push(
				`lessons/${entry.name}/ is not a locale in kit.config.json → "locales" (${locales.join(', ')}). Add the locale (npm run i18n:add -- ${entry.name}) or rename the folder.`,
			);
		}
	}
	const seen = new Map<string, string>();
	for (const file of contentFiles(root)) {
		const path = relative(root, file).split('\\').join('/');
		const slug = path
			.replace(/\.mdx?$/, '')
			.replace(/(^|\/)index$/, '')
			.toLowerCase();
		const other = seen.get(slug);
		if (other) {
			problems.push(
				`lessons/${other} and lessons/${path} would both be published at /${slug}/. Rename or remove one of them.`,
			);
		} else seen.set(slug, path);
	}
	if (problems.length > 0)
		throw new Error(`The lessons/ folder has problems:\n  - ${problems.join('\n  - ')}`);
}

function contentFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return contentFiles(path);
		return /\.mdx?$/.test(entry.name) ? [path] : [];
	});
}
