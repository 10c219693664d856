/** A path inside the site for a locale, with the base path: `localePath('/kit/', 'ar', 'help/')` → `/kit/ar/help/`. */
export function localePath(base: string, locale: string | undefined, path = ''): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return `${prefix}${locale ? `${locale}/` : ''}${path}`;
}
