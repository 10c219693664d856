/**
 * The kit's accent colours (`kit.config.json` → "colours"), checked for contrast and turned into
 * Starlight's CSS custom properties. Starlight derives its link, button and current-page colours
 * from three accent shades per theme, so these three are all a fork needs to rebrand.
 * @see https://starlight.astro.build/guides/css-and-tailwind/#theming
 */

/** Three shades of one theme: low (backgrounds), the accent itself, high (text on dark). */
export interface AccentShades {
	accentLow: string;
	accent: string;
	accentHigh: string;
}

export interface ThemeColours {
	light: AccentShades;
	dark: AccentShades;
}

/** Starlight's page backgrounds (its props.css): dark `--sl-color-black` and `--sl-color-gray-6`, light white. */
const DARK_PAGE = '#17181c';
const DARK_NAV = '#23262f';
const LIGHT_PAGE = '#ffffff';

/** WCAG 2.2 relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
		return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

/** Text needs 4.5:1 (WCAG 2.2 AA, 1.4.3). */
const TEXT = 4.5;

/**
 * The pairs Starlight puts on screen as text on a background, per theme: links and the
 * current page in the sidebar use these shades. Each must reach 4.5:1.
 */
export const CONTRAST_CHECKS: {
	theme: keyof ThemeColours;
	shade: keyof AccentShades;
	on: (shades: AccentShades) => string;
	where: string;
}[] = [
	{ theme: 'light', shade: 'accent', on: () => LIGHT_PAGE, where: 'links on the white page' },
	{ theme: 'light', shade: 'accentHigh', on: (s) => s.accentLow, where: 'text on "accentLow" backgrounds' },
	{ theme: 'dark', shade: 'accentHigh', on: () => DARK_PAGE, where: 'links on the dark page' },
	{ theme: 'dark', shade: 'accentHigh', on: () => DARK_NAV, where: 'links in the dark sidebar' },
	{ theme: 'dark', shade: 'accentLow', on: (s) => s.accentHigh, where: 'text on "accentHigh" buttons' },
];

/** Contrast problems of a theme's colours, each naming the shade, the ratio and the fix. */
export function contrastProblems(colours: ThemeColours): { path: string[]; message: string }[] {
	return CONTRAST_CHECKS.flatMap(({ theme, shade, on, where }) => {
		const colour = colours[theme][shade];
		const background = on(colours[theme]);
		const ratio = contrastRatio(colour, background);
		if (ratio >= TEXT) return [];
		return [
			{
				path: [theme, shade],
				message:
					`${colour} on ${background} has a contrast of ${ratio.toFixed(1)}:1, too low for ${where}: ` +
					`WCAG AA needs ${TEXT}:1. Pick a ${theme === 'light' ? 'darker' : 'lighter'} "${shade}".`,
			},
		];
	});
}

/** The CSS that sets Starlight's accent properties, dark theme first as Starlight's own CSS does. */
export function themeCss({ light, dark }: ThemeColours): string {
	const properties = (shades: AccentShades) =>
		`--sl-color-accent-low: ${shades.accentLow}; --sl-color-accent: ${shades.accent}; --sl-color-accent-high: ${shades.accentHigh};`;
	return `:root { ${properties(dark)} } :root[data-theme='light'] { ${properties(light)} }`;
}
