/** `kit`, `/kit` and `/kit/` all mean the sub-path `/kit/`. */
export function normaliseBase(base: string): string {
	const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}
