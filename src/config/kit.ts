import raw from '../../kit.config.json';
import { parseKitConfig } from './loadKitConfig.ts';

/** The validated kit configuration for pages and components (bundled, so no file reads at render). */
export const kit = parseKitConfig(raw);
