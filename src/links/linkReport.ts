import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeBrokenLink, type BrokenLink } from './siteLinks.ts';

/** Where the pages come from: the content folder (`lessons/`), the locale pages fall back to, the base path. */
export interface PageSources {
	contentDir: URL;
	defaultLocale: string;
	base: string;
}

/** Views made from a lesson's content, whose links are the lesson's. */
const LESSON_VIEW = /(?:student|present(?:\/speaker)?)\/$/;

/**
 * The content file a page was made from, as a path from the project root
 * (`lessons/en/help.md`): the page's own, or the source locale's that a page not translated
 * yet shows; a lesson's student view, slides and speaker view are made from the lesson.
 * Undefined for the pages the kit makes itself (src/pages/).
 */
export function sourceOf(page: string, { contentDir, defaultLocale, base }: PageSources): string | undefined {
	const path = page.slice(base.length).replace(LESSON_VIEW, '').replace(/\/$/, '');
	if (!path || path.endsWith('.html')) return undefined;
	const [, ...rest] = path.split('/');
	const candidates = [path, [defaultLocale, ...rest].join('/')].flatMap((slug) =>
		['.md', '.mdx', '/index.md', '/index.mdx'].map((ending) => `${slug}${ending}`),
	);
	const found = candidates.find((file) => existsSync(new URL(file, contentDir)));
	if (!found) return undefined;
	const root = fileURLToPath(new URL('../', contentDir));
	return fileURLToPath(new URL(found, contentDir)).slice(root.length);
}

/**
 * The build's message for broken links: each with the content file to fix, and what to do.
 */
export function brokenLinksMessage(broken: BrokenLink[], sources: PageSources): string {
	const lines = broken.map((link) => {
		const source = sourceOf(link.page, sources);
		return `  - ${source ? `${source}: ` : ''}${describeBrokenLink(link)}`;
	});
	return [
		`${broken.length} broken link${broken.length === 1 ? '' : 's'} in the built site (page → link):`,
		...lines,
		'Fix each link in the file named (a page the kit makes itself is in src/pages/): write the path of',
		'a page that exists, without the base path (/en/help/), or an anchor that is on it (#heading-id).',
	].join('\n');
}
