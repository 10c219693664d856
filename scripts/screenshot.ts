/**
 * Takes screenshots of built pages, for looking at the site as a reader would.
 * Usage: node scripts/screenshot.ts <out-dir> <width>x<height> <path> [<path> …]
 * Serves `dist/` itself; set JS=off to disable JavaScript, MEDIA=print to emulate print.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './lib/browser.ts';
import { commandLine } from './lib/commandLine.ts';
import { serveStatic } from './lib/staticServer.ts';

const { positionals } = commandLine(
	{ allowPositionals: true },
	'node scripts/screenshot.ts <out-dir> <width>x<height> <path> [<path> …]',
);
const [outDir = 'screenshots', size = '1280x800', ...paths] = positionals;
const [width, height] = size.split('x').map(Number);
mkdirSync(outDir, { recursive: true });
const server = await serveStatic('dist', process.env.BASE_PATH ?? '/');
const browser = await launchBrowser();
const context = await browser.newContext({
	viewport: { width: width!, height: height! },
	javaScriptEnabled: process.env.JS !== 'off',
	colorScheme: process.env.THEME === 'dark' ? 'dark' : 'light',
});
const page = await context.newPage();
if (process.env.MEDIA === 'print') await page.emulateMedia({ media: 'print' });
for (const path of paths) {
	await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
	const file = join(outDir, `${path.replace(/\W+/g, '_') || 'root'}-${size}.png`);
	await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
	console.log(file);
}
await browser.close();
await server.close();
