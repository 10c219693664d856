import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/**
 * The slides' own script in a built deck page: the module that runs the deck (it holds
 * `[data-deck]`) and the modules it imports, each with its size and gzipped size, as a static
 * host sends them. Scripts the page shares with every other page (quick exit) are not counted.
 */
export function deckScript(dist: string, deckPage: string) {
	const sources: string[] = [];
	const walk = (node: Root | RootContent) => {
		if (node.type === 'element' && node.tagName === 'script' && node.properties.src) {
			sources.push(String(node.properties.src));
		}
		if ('children' in node) (node as Root | Element).children.forEach(walk);
	};
	walk(fromHtml(readFileSync(join(dist, deckPage, 'index.html'), 'utf8')));
	const read = (file: string) => readFileSync(join(dist, file), 'utf8');
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
