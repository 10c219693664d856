import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { KitTranslations } from '../i18n/kitTranslations.ts';
import type { KitConfig } from '../schemas/kitConfigSchema.ts';
import { starlightSidebar, type SidebarContent } from './starlightOptions.ts';

/**
 * The kit as a Starlight plugin: takes Starlight's i18next (`useTranslations`) for the kit's own
 * strings, so Markdown plugins, the sidebar and components all read UI strings one way.
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
			'config:setup'({ useTranslations, updateConfig }) {
				translations.use(useTranslations);
				updateConfig({ sidebar: starlightSidebar(kit, content, translations) });
			},
		},
	};
}
