import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { buildSync, type BuildOptions } from 'esbuild';

/** Where the pack's own scripts and search indexes go, inside the pack. */
export const OFFLINE_DIR = '_offline';

const CLASSIC: BuildOptions = {
	bundle: true,
	format: 'iife',
	minify: true,
	write: false,
	target: 'es2022',
	legalComments: 'none',
	logLevel: 'silent',
	charset: 'utf8',
};

/**
 * Classic scripts for the pack, made with esbuild: the site's module scripts bundled per set of
 * modules a page loads (one bundle per set, so a module shared by two entries runs once, as it
 * does online), and the pack's own script from `src/offline/`. The same input gives the same
 * bytes, so packs stay reproducible.
 */
export class ScriptBundles {
	readonly files = new Map<string, Uint8Array>();
	private readonly bySet = new Map<string, string>();
	private readonly dist: string;

	constructor(dist: string) {
		this.dist = dist;
	}

	/** The pack path of a classic script that runs these module files of the site, in this order. */
	forModules(modules: string[]): string {
		const key = modules.join('\n');
		const known = this.bySet.get(key);
		if (known) return known;
		const contents = modules.map((file) => `import ${JSON.stringify(`./${file}`)};`).join('\n');
		const result = buildSync({ ...CLASSIC, stdin: { contents, resolveDir: this.dist, loader: 'js' } });
		const code = result.outputFiles![0]!.contents;
		const name = `${OFFLINE_DIR}/site-${createHash('sha256').update(key).digest('hex').slice(0, 10)}.js`;
		this.files.set(name, code);
		this.bySet.set(key, name);
		return name;
	}

	/** The pack's own browser script (search, language menu), compiled from `src/offline/`. */
	packScript(): string {
		const name = `${OFFLINE_DIR}/pack.js`;
		if (!this.files.has(name)) {
			const entry = fileURLToPath(new URL('../../../src/offline/packPage.ts', import.meta.url));
			const result = buildSync({ ...CLASSIC, entryPoints: [entry] });
			this.files.set(name, result.outputFiles![0]!.contents);
		}
		return name;
	}
}
