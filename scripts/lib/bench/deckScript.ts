import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlEdit } from '../../../src/html/htmlEdit.ts';

/**
 * The slides' own script in a built deck page (`deckPage`, e.g. `/en/lessons/…/present/`): the
 * module that runs the deck (it holds `[data-deck]`) and the modules it imports, each with its size
 * and gzipped size, as a static host sends them. Scripts every page has (the quick exit) are not
 * counted.
 */
export function deckScript(dist: string, deckPage: string) {
	const read = (file: string) => readFileSync(join(dist, file), 'utf8');
	const sources = new HtmlEdit(read(join(deckPage, 'index.html'))).elements
		.filter((element) => element.name === 'script' && element.attributes.src)
		.map((element) => element.attributes.src!);
	const entry = sources.find((src) => read(src).includes('[data-deck]'));
	if (!entry) throw new Error(`No script with [data-deck] in ${deckPage}`);
	const files = new Set<string>();
	const queue = [entry];
	while (queue.length) {
		const file = queue.pop()!;
		if (files.has(file)) continue;
		files.add(file);
		for (const [, path] of read(file).matchAll(/(?:import|from)\s*["'](\.\.?\/[^"']+)["']/g)) {
			queue.push(join(dirname(file), path!));
		}
	}
	const sizes = [...files].map((file) => ({
		file,
		bytes: read(file).length,
		gzip: gzipSync(read(file)).length,
	}));
	return {
		files: sizes,
		gzip: sizes.reduce((sum, file) => sum + file.gzip, 0),
		source: [...files].map(read).join('\n'),
	};
}
