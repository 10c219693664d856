import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { localePath } from '~/i18n/localePath';
import { lessonsInBand, type LocalisedLesson } from './lessonsByLocale';

type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;

/**
 * Starlight route middleware for lesson pages. The sidebar lists age bands, not lessons
 * (src/config/starlightOptions.ts), so on a lesson page it marks the lesson's band as the current
 * place (`aria-current="true"`: the page is in that set, not that page itself), and the previous and
 * next links lead through the band's lessons in teaching order: the first lesson's previous link
 * is the band page.
 * @see https://starlight.astro.build/guides/route-data/#how-to-customize-route-data
 */
export const onRequest = defineRouteMiddleware(async ({ locals }) => {
	const route = locals.starlightRoute;
	const { data } = route.entry;
	if (data.kind !== 'lesson' || !data.ageBand || !route.locale) return;
	const base = import.meta.env.BASE_URL;
	const bandHref = localePath(base, route.locale, `lessons/${data.ageBand}/`);
	route.sidebar = withCurrentBand(route.sidebar, bandHref);

	const lessons = await lessonsInBand(route.locale, data.ageBand);
	const path = route.entry.id.slice(route.entry.id.indexOf('/') + 1);
	const index = lessons.findIndex((lesson) => lesson.path === path);
	if (index < 0) return;
	const link = (lesson: LocalisedLesson): SidebarLink =>
		pageLink(lesson.entry.data.title, localePath(base, lesson.locale, `${lesson.path}/`));
	const band = findLink(route.sidebar, bandHref);
	route.pagination = {
		prev: data.prev === false ? undefined : index > 0 ? link(lessons[index - 1]!) : band && pageLink(band.label, band.href),
		next: data.next === false ? undefined : lessons[index + 1] && link(lessons[index + 1]!),
	};
});

/** A copy of the sidebar with the band's link marked (the sidebar Starlight hands over is shared by every page of a locale). */
export function withCurrentBand(entries: SidebarEntry[], bandHref: string): SidebarEntry[] {
	return entries.map((entry) =>
		entry.type === 'group'
			? { ...entry, entries: withCurrentBand(entry.entries, bandHref) }
			: entry.href === bandHref
				? { ...entry, attrs: { ...entry.attrs, 'aria-current': 'true' } }
				: entry,
	);
}

function findLink(entries: SidebarEntry[], href: string): SidebarLink | undefined {
	for (const entry of entries) {
		const found = entry.type === 'group' ? findLink(entry.entries, href) : entry.href === href ? entry : undefined;
		if (found) return found;
	}
	return undefined;
}

function pageLink(label: string, href: string): SidebarLink {
	return { type: 'link', label, href, isCurrent: false, badge: undefined, attrs: {} };
}
