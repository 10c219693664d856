import type { ThemeColours } from '~/config/themeColours';

/**
 * The slides' colours: the kit's accent from kit.config.json ("colours", checked for contrast
 * there), on a white or a dark page as the screen prefers. Text and muted text reach at least 7:1
 * on their page, so they stay readable from the back of a classroom on a washed-out projector.
 */
export function deckThemeCss({ light, dark }: ThemeColours): string {
	return [
		`:root { --deck-accent: ${light.accent}; --deck-accent-bg: ${light.accentLow}; --deck-accent-text: ${light.accentHigh}; }`,
		`@media screen and (prefers-color-scheme: dark) { :root { --deck-accent: ${dark.accentHigh}; --deck-accent-bg: ${dark.accentLow}; --deck-accent-text: ${dark.accentHigh}; } }`,
	].join('\n');
}
