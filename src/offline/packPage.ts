/**
 * The script every page of an offline pack loads (as `_offline/pack.js`, a classic script: pages
 * opened from disk cannot load module scripts). Built by scripts/lib/pack/scriptBundles.ts.
 */
import { followLanguageMenus } from './languageMenu.ts';
import { enhanceSearch } from './offlineSearch.ts';

followLanguageMenus();
for (const search of document.querySelectorAll<HTMLElement>('[data-kit-offline-search]'))
	enhanceSearch(search);
