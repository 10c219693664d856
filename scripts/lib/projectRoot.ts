import { resolve } from 'node:path';

/** The project's root folder (where kit.config.json is), wherever a script is run from. */
export const projectRoot = resolve(import.meta.dirname, '../..');
