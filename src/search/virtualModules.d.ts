/** Starlight's `pagefind` option, as its vite plugin hands it to its own search script. */
declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: Record<string, unknown>;
}
