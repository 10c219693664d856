import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContentFolders } from '../../src/config/checkContentFolders.ts';

/** A lessons/ folder with the given files, for checkContentFolders. */
function contentDir(files: string[]) {
	const root = mkdtempSync(join(tmpdir(), 'lessons-'));
	for (const file of files) {
		mkdirSync(dirname(join(root, file)), { recursive: true });
		writeFileSync(join(root, file), '---\ntitle: X\n---\n');
	}
	return pathToFileURL(`${root}/`);
}

const check = (files: string[]) => () => checkContentFolders(contentDir(files), ['en', 'nl']);

describe('the shape of lessons/, checked before anything builds', () => {
	it('accepts one folder per configured locale', () => {
		expect(check(['en/index.mdx', 'nl/help/index.mdx', 'en/lessons/8-10/a.mdx'])).not.toThrow();
	});

	it('refuses a folder that is not a configured locale, saying how to add it', () => {
		expect(check(['en/index.mdx', 'xx/index.mdx'])).toThrow(
			'lessons/xx/ is not a locale in kit.config.json → "locales" (en, nl). Add the locale (npm run i18n:add -- xx) or rename the folder.',
		);
	});

	it('refuses two files that would publish at the same address, naming both', () => {
		expect(check(['en/help.mdx', 'en/help/index.mdx'])).toThrow(
			/lessons\/en\/help(\/index)?\.mdx and lessons\/en\/help(\/index)?\.mdx would both be published at \/en\/help\/\. Rename or remove one of them\./,
		);
	});
});
