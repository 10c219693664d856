import { existsSync, statSync } from 'node:fs';
import { join, normalize, relative, sep } from 'node:path';

/**
 * The file a plain static host serves for an address of a site in `root` served under `base`
 * (a normalised base, `/` or `/kit/`): the file itself, or a folder's `index.html`. Returned as
 * its path inside `root` (`en/help/index.html`); undefined when there is none, when the address
 * is outside the base path or outside the folder, or when it cannot be decoded.
 */
export function servedFile(root: string, base: string, pathname: string): string | undefined {
	if (!pathname.startsWith(base)) return undefined;
	let inSite: string;
	try {
		inSite = decodeURIComponent(pathname.slice(base.length));
	} catch {
		return undefined;
	}
	const rootDir = normalize(root).replace(/[\\/]$/, '');
	const candidate = normalize(join(rootDir, inSite));
	if (candidate !== rootDir && !candidate.startsWith(rootDir + sep)) return undefined;
	const target =
		existsSync(candidate) && statSync(candidate).isDirectory() ? join(candidate, 'index.html') : candidate;
	if (!existsSync(target) || !statSync(target).isFile()) return undefined;
	return relative(rootDir, target).split(sep).join('/');
}
