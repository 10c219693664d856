import { existsSync, lstatSync, mkdirSync, readlinkSync, symlinkSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { projectRoot as root } from './projectRoot.ts';

/**
 * Starlight reads content from `src/content/docs`, but the kit keeps its content in the top-level
 * `lessons/` folder, where authors and translators expect it. A link joins the two. It is made
 * here, not committed, because Git on Windows often checks symlinks out as plain files; on
 * Windows a junction needs no special rights.
 * @see ../../README.md#how-content-is-organised
 */
export function ensureContentLink(projectRoot = root) {
	const link = resolve(projectRoot, 'src/content/docs');
	const target = resolve(projectRoot, 'lessons');
	if (existsSync(link) || isDanglingLink(link)) {
		const stat = lstatSync(link);
		if (stat.isSymbolicLink() && resolve(dirname(link), readlinkSync(link)) === target) return link;
		throw new Error(
			`${link} must be a link to ${target}, but something else is there. ` +
				'Move any files in it into lessons/ and delete src/content/docs; the build recreates the link.',
		);
	}
	mkdirSync(dirname(link), { recursive: true });
	symlinkSync(process.platform === 'win32' ? target : '../../lessons', link, 'junction');
	return link;
}

function isDanglingLink(path) {
	try {
		return lstatSync(path).isSymbolicLink();
	} catch {
		return false;
	}
}
