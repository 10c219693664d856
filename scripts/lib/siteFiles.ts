import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a built site's folder, as a path relative to it (`en/help/index.html`), sorted. */
export function siteFiles(dist: string): string[] {
	return readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) =>
			join(entry.parentPath, entry.name)
				.slice(dist.length + 1)
				.split('\\')
				.join('/'),
		)
		.sort();
}
