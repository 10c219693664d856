import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/builtSite.ts';

/** Every HTML file of the built site, as its URL path (`/en/help/`). */
function pages(dir = DIST): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return pages(path);
		return entry.name.endsWith('.html') ? [`/${relative(DIST, path)}`.replace(/index\.html$/, '')] : [];
	});
}

function fileFor(pathname: string): string | undefined {
	const path = join(DIST, decodeURIComponent(pathname));
	for (const candidate of [path, join(path, 'index.html')]) {
		if (existsSync(candidate) && !candidate.endsWith('/')) {
			try {
				readFileSync(candidate);
				return candidate;
			} catch {
				/* a directory */
			}
		}
	}
	return undefined;
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	if (!ids.has(file)) {
		const html = readFileSync(file, 'utf8');
		ids.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!)));
	}
	return ids.get(file)!;
}

describe('links in the built site', () => {
	it('has no broken internal link or anchor on any page of any locale', () => {
		const broken: string[] = [];
		const all = pages();
		expect(all.length).toBeGreaterThan(20);
		for (const page of all) {
			const file = fileFor(page)!;
			const html = readFileSync(file, 'utf8');
			for (const [, href] of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
				const url = new URL(href!.replaceAll('&amp;', '&'), `http://site.test${page}`);
				if (url.origin !== 'http://site.test') continue;
				const target = fileFor(url.pathname);
				if (!target) broken.push(`${page} → ${href} (no such page)`);
				else if (
					url.hash &&
					target.endsWith('.html') &&
					!idsOf(target).has(decodeURIComponent(url.hash.slice(1)))
				) {
					broken.push(`${page} → ${href} (no such anchor)`);
				}
			}
		}
		expect(broken).toEqual([]);
	});
});
