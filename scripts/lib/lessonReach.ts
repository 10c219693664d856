import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENT_NODE } from 'ultrahtml';
import { HtmlEdit, type ElementNode } from '../../src/html/htmlEdit.ts';
import { siteFiles } from './siteFiles.ts';

/** A lesson's teacher page in a built site (`en/lessons/11-13/real-or-fake/index.html`), not its student view or slides. */
const LESSON_PAGE = /^([^/]+)\/lessons\/[^/]+\/[^/]+\/index\.html$/;

export interface LessonReach {
	/** Lessons of the start page's locale that neither the sidebar nor a page it links to links to. */
	unreachable: string[];
	/** Links in the start page's sidebar, and how many of them lead to a lesson itself. */
	sidebarLinks: number;
	sidebarLessonLinks: number;
}

/**
 * How a teacher gets from a page of a built site to every lesson of its locale in two clicks: a
 * link in the page's sidebar, then a link on the page it leads to. Also counts the sidebar's links,
 * to show that it does not grow with the catalogue. `start` is a page's path in the site
 * (`en/glossary/`); `base` the site's base path.
 */
export function lessonReach(dist: string, start: string, base = '/', files = siteFiles(dist)): LessonReach {
	const locale = start.split('/')[0]!;
	const lessons = files
		.filter((file) => LESSON_PAGE.exec(file)?.[1] === locale)
		.map((file) => `${base}${file.replace(/index\.html$/, '')}`);
	const hrefsIn = (path: string, within?: (element: ElementNode) => boolean) => {
		const file = join(dist, path.slice(base.length), 'index.html');
		if (!existsSync(file)) return [];
		const { elements } = new HtmlEdit(readFileSync(file, 'utf8'));
		const chosen = within ? descendants(elements.filter(within)) : elements;
		return chosen
			.filter((element) => element.name === 'a' && typeof element.attributes.href === 'string')
			.map((element) => new URL(element.attributes.href as string, `http://site.test${path}`).pathname);
	};
	const sidebar = hrefsIn(`${base}${start}`, (element) =>
		String(element.attributes.class ?? '')
			.split(' ')
			.includes('sidebar-content'),
	);
	const reached = new Set([...sidebar, ...sidebar.flatMap((href) => hrefsIn(href))]);
	return {
		unreachable: lessons.filter((lesson) => !reached.has(lesson)),
		sidebarLinks: sidebar.length,
		sidebarLessonLinks: sidebar.filter((href) => lessons.includes(href)).length,
	};
}

/** The elements and everything inside them, each once. */
function descendants(elements: ElementNode[]): ElementNode[] {
	const found = new Set<ElementNode>();
	const visit = (element: ElementNode) => {
		found.add(element);
		for (const child of element.children ?? []) if (child.type === ELEMENT_NODE) visit(child as ElementNode);
	};
	elements.forEach(visit);
	return [...found];
}
