import { spawnSync } from 'node:child_process';
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it, onTestFinished } from 'vitest';
import { securityIntegration } from '../../src/security/securityIntegration.ts';

const PAGE = '<!DOCTYPE html><html><head><title>A</title></head><body><script>go()</script></body></html>';
const logger = { info: () => {} } as unknown as AstroIntegrationLogger;
/** Where the pages come from, for the link check's messages (no content here). */
const SOURCES = { contentDir: pathToFileURL(join(tmpdir(), 'no-content/')), defaultLocale: 'en', base: '/' };

/**
 * The security step as Astro runs it: started by `astro:build:generated` (in a worker thread, while
 * Pagefind indexes) and finished by `astro:build:done`.
 */
describe('the build’s security step and link check', () => {
	it('secures every page, those written after it started too, and leaves no temporary file', async () => {
		const root = mkdtempSync(join(tmpdir(), 'kit-security-'));
		onTestFinished(() => rmSync(root, { recursive: true, force: true }));
		mkdirSync(join(root, 'en/help'), { recursive: true });
		writeFileSync(join(root, 'index.html'), PAGE);
		writeFileSync(join(root, 'en/help/index.html'), PAGE);
		const { hooks } = securityIntegration('https://kit.example', SOURCES);
		const dir = pathToFileURL(`${root}/`);
		await hooks['astro:build:generated']!({ dir, logger, routeToHeaders: new Map() });
		writeFileSync(join(root, 'en/late.html'), PAGE);
		await hooks['astro:build:done']!({ dir, logger, pages: [], assets: new Map() });
		for (const page of ['index.html', 'en/help/index.html', 'en/late.html']) {
			const html = readFileSync(join(root, page), 'utf8');
			expect(html, page).toMatch(/^<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy"/);
			expect(html, page).toContain('<meta name="referrer" content="no-referrer">');
		}
		const files = readdirSync(root, { recursive: true }).map(String);
		expect(files.filter((file) => !file.endsWith('.html') && file.includes('.'))).toEqual([]);
	});

	it('fails the build when a page cannot be secured', async () => {
		const root = mkdtempSync(join(tmpdir(), 'kit-security-'));
		onTestFinished(() => rmSync(root, { recursive: true, force: true }));
		// A page that cannot be read: a link to a file that is not there.
		symlinkSync(join(root, 'gone.txt'), join(root, 'index.html'));
		const { hooks } = securityIntegration('https://kit.example', SOURCES);
		const dir = pathToFileURL(`${root}/`);
		await hooks['astro:build:generated']!({ dir, logger, routeToHeaders: new Map() });
		await expect(hooks['astro:build:done']!({ dir, logger, pages: [], assets: new Map() })).rejects.toThrow(
			/index\.html/,
		);
	});

	it('fails the build on a link to a page that is not there, a late page’s too, naming the page and the link', async () => {
		const root = mkdtempSync(join(tmpdir(), 'kit-security-'));
		onTestFinished(() => rmSync(root, { recursive: true, force: true }));
		writeFileSync(join(root, 'index.html'), PAGE.replace('<body>', '<body><a href="/en/late.html">late</a>'));
		const { hooks } = securityIntegration('https://kit.example', SOURCES);
		const dir = pathToFileURL(`${root}/`);
		await hooks['astro:build:generated']!({ dir, logger, routeToHeaders: new Map() });
		mkdirSync(join(root, 'en'));
		writeFileSync(join(root, 'en/late.html'), PAGE.replace('<body>', '<body><a href="/en/gone/">gone</a>'));
		await expect(hooks['astro:build:done']!({ dir, logger, pages: [], assets: new Map() })).rejects.toThrow(
			/1 broken link[^]*\/en\/late\.html → \/en\/gone\/ \(no such page\)/,
		);
	});

	it('lets a build that fails after its pages were written exit, not held by the waiting worker', () => {
		const work = mkdtempSync(join(tmpdir(), 'kit-security-'));
		onTestFinished(() => rmSync(work, { recursive: true, force: true }));
		mkdirSync(join(work, 'dist'));
		writeFileSync(join(work, 'dist/index.html'), PAGE);
		// The pages are written and the worker started, then another step fails: `astro:build:done` never comes.
		const integration = pathToFileURL(join(import.meta.dirname, '../../src/security/securityIntegration.ts'));
		writeFileSync(
			join(work, 'build.mjs'),
			`import { securityIntegration } from ${JSON.stringify(integration.href)};
			const sources = { contentDir: new URL('file:///nowhere/'), defaultLocale: 'en', base: '/' };
			const { hooks } = securityIntegration('https://kit.example', sources);
			await hooks['astro:build:generated']({ dir: new URL(${JSON.stringify(pathToFileURL(join(work, 'dist/')).href)}) });
			console.log('generated');`,
		);
		const child = spawnSync(process.execPath, [join(work, 'build.mjs')], {
			encoding: 'utf8',
			timeout: 20_000,
		});
		expect(child.stderr).toBe('');
		expect(child.stdout).toContain('generated');
		expect(child.status, 'exit code (null: still running after 20 s)').toBe(0);
	});
});
