import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/builtSite.ts';
import { siteFiles } from '../../scripts/lib/siteFiles.ts';

/**
 * html-validate's configuration from .htmlvalidate.json, read and resolved once: every page of the
 * site has the same. (The loader it ships resolves it again for every file, building its table of
 * elements anew each time: half the time of validating a page.)
 */
class OneConfigLoader extends FileSystemConfigLoader {
	#resolved: ReturnType<FileSystemConfigLoader['getConfigFor']> | undefined;
	override getConfigFor(...args: Parameters<FileSystemConfigLoader['getConfigFor']>) {
		return (this.#resolved ??= super.getConfigFor(...args));
	}
}

describe('HTML validity of the built site', () => {
	it('has no html-validate errors on any page (rules: .htmlvalidate.json)', async () => {
		const validator = new HtmlValidate(new OneConfigLoader());
		const files = siteFiles(DIST)
			.filter((file) => file.endsWith('.html'))
			.map((file) => join(DIST, file));
		expect(files.length).toBeGreaterThan(100);
		const errors: string[] = [];
		for (const file of files) {
			const report = await validator.validateFile(file);
			for (const result of report.results) {
				for (const message of result.messages) {
					errors.push(
						`${relative(DIST, file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
					);
				}
			}
		}
		expect(errors.slice(0, 20), `${errors.length} errors`).toEqual([]);
	});
});
