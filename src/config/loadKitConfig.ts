import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kitConfigSchema, type KitConfig } from '../schemas/kitConfigSchema.ts';
import { formatIssues } from '../schemas/formatIssues.ts';
import { normaliseBase } from './basePath.ts';

export { normaliseBase };

export const KIT_CONFIG_URL = new URL('../../kit.config.json', import.meta.url);

type Env = Record<string, string | undefined>;

/**
 * Validates the kit configuration, then applies the `SITE_URL` and `BASE_PATH` environment
 * variables, so a CI workflow can deploy a fork without editing files.
 * Throws an error naming the file and each bad field.
 */
export function parseKitConfig(raw: unknown, env: Env = process.env, file = 'kit.config.json'): KitConfig {
	const result = kitConfigSchema.safeParse({
		...(raw as object),
		...(env.SITE_URL ? { site: env.SITE_URL } : {}),
		...(env.BASE_PATH ? { base: normaliseBase(env.BASE_PATH) } : {}),
	});
	if (!result.success) {
		throw new Error(`${file} is not valid:\n${formatIssues(result.error.issues)}`);
	}
	return result.data;
}

/**
 * Reads and validates `kit.config.json` from disk (for config files and scripts), and checks
 * that files it names exist, relative to the folder it is in.
 */
export function loadKitConfig(file: URL | string = KIT_CONFIG_URL, env: Env = process.env): KitConfig {
	const path = typeof file === 'string' ? file : fileURLToPath(file);
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new Error(`${path}: could not be read as JSON (${(error as Error).message}).`);
	}
	const kit = parseKitConfig(raw, env, path);
	if (kit.logo && !existsSync(join(dirname(path), kit.logo.src))) {
		throw new Error(
			`${path} is not valid:\n  - logo.src: there is no file "${kit.logo.src}". Put the image there, or correct the path.`,
		);
	}
	return kit;
}
