import { DIST } from './builtSite.ts';
import { siteFiles } from '../../scripts/lib/siteFiles.ts';

/** Every lesson's slides in a built site, as paths: `/en/lessons/11-13/real-or-fake/present/`. */
export function deckPaths(): string[] {
	return siteFiles(DIST)
		.filter((file) => /^[^/]+\/lessons\/[^/]+\/[^/]+\/present\/index\.html$/.test(file))
		.map((file) => `/${file.replace(/index\.html$/, '')}`);
}
