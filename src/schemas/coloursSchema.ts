import { z } from 'astro/zod';
import { contrastProblems, type ThemeColours } from '../config/themeColours.ts';

const hexColour = z
	.string({ error: 'Write colours as "#rrggbb", e.g. "#1d4e89".' })
	.regex(/^#[0-9a-fA-F]{6}$/, 'Write colours as "#rrggbb", e.g. "#1d4e89".');

/** Three shades of the accent colour for one theme. */
const accentShadesSchema = z.object({
	/** Backgrounds: the current page in the sidebar (dark theme), badges. */
	accentLow: hexColour,
	/** Links and buttons in the light theme; outlines in the dark theme. */
	accent: hexColour,
	/** Links in the dark theme; text on `accentLow` in the light theme. */
	accentHigh: hexColour,
});

/** The kit's own blue, as shipped: every pair meets WCAG AA. */
export const DEFAULT_COLOURS: ThemeColours = {
	light: { accentLow: '#d4e3f8', accent: '#1d4e89', accentHigh: '#0f2a4a' },
	dark: { accentLow: '#0f2a4a', accent: '#3f7fd0', accentHigh: '#c7dcf7' },
};

/**
 * The site's accent colours for the light and dark themes, checked for WCAG AA contrast where
 * Starlight shows them as text. Become `--sl-color-accent-low`, `--sl-color-accent` and
 * `--sl-color-accent-high` (src/components/Head.astro).
 * @example { "light": { "accentLow": "#d4e3f8", "accent": "#1d4e89", "accentHigh": "#0f2a4a" }, "dark": { … } }
 */
export const coloursSchema = z
	.object({ light: accentShadesSchema, dark: accentShadesSchema })
	.superRefine((colours, ctx) => {
		for (const { path, message } of contrastProblems(colours))
			ctx.addIssue({ code: 'custom', path, message });
	});
