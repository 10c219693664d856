import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { KitTranslations } from '../i18n/kitTranslations.ts';
import type { KitConfig } from '../schemas/kitConfigSchema.ts';
import { starlightSidebar, type SidebarContent } from './starlightOptions.ts';

/**
 * The kit as a Starlight plugin: takes Starlight's i18next (`useTranslations`) for the kit's own
 * strings, so Markdown plugins, the sidebar and components all read UI strings one way; and adds
 * the middleware that remembers the strings pages look up (src/i18n/rememberedStrings.ts).
 * @see https://starlight.astro.build/reference/plugins/#usetranslations
 */
export function kitStarlightPlugin(
	kit: KitConfig,
	content: SidebarContent,
	translations: KitTranslations,
): StarlightPlugin {
	return {
		name: 'kit',
		hooks: {
			'config:setup'({ useTranslations, updateConfig, addIntegration }) {
				translations.use(useTranslations);
				// After Starlight's middleware, which gives each page its `locals.t`.
				addIntegration({
					name: 'kit-remembered-strings',
					hooks: {
						'astro:config:setup'({ addMiddleware }) {
							addMiddleware({
								entrypoint: new URL('../i18n/rememberedStrings.ts', import.meta.url),
								order: 'post',
							});
						},
					},
				});
				updateConfig({ sidebar: starlightSidebar(kit, content, translations) });
			},
		},
	};
}
