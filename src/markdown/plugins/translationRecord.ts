import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { sourceHash } from '../../i18n/translationStatus.ts';
import { pathInLocale } from '../contentFile.ts';
import { frontmatterOf, type KitMarkdownSetup } from '../setup.ts';
import { problemsOf } from '../problems.ts';

/**
 * Check: a translation of a source page says which version of the source it translates, or nobody
 * can tell when it falls behind (docs/translators-guide.md). Pages that exist only in their own
 * locale translate nothing and need no record.
 */
export function translationRecord(setup: KitMarkdownSetup) {
	return ({ fileURL }: PluginFactoryContext): MdastPluginDefinition | undefined => {
		const { locale, defaultLocale, contentDir } = setup.fileInfo(fileURL);
		if (!fileURL || !contentDir || locale === defaultLocale) return undefined;
		return {
			name: 'kit-translation-record',
			before(_tree, ctx) {
				const frontmatter = frontmatterOf(ctx.data);
				if (!frontmatter || frontmatter.translation) return;
				const path = pathInLocale(fileURLToPath(fileURL), locale);
				if (!path) return;
				const source = new URL(`${defaultLocale}/${path}`, contentDir);
				if (!existsSync(source)) return;
				const hash = sourceHash(readFileSync(source, 'utf8'));
				problemsOf(ctx.data).push({
					line: 1,
					message:
						`this page translates lessons/${defaultLocale}/${path} but does not record which version. ` +
						`Add to its frontmatter (the hash is the source's current one; see docs/translators-guide.md):\n` +
						`      translation:\n        source: "${hash}"\n        status: machine-assisted`,
				});
			},
		};
	};
}
