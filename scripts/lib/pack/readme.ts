import type { Translate } from '../../../src/i18n/uiTranslator.ts';

/** Lines of a plain-text README are wrapped at this width. */
const WIDTH = 76;

export interface ReadmeLanguage {
	label: string;
	t: Translate;
}

/**
 * The README.txt at the top of a pack: how to open it, how to put it on a shared drive, that it
 * stores nothing, how it differs from the website, and the licence, in the pack's language (one
 * part per language in the pack with every language). CRLF line ends, so that every text editor
 * on Windows shows the lines.
 */
export function readmeText(
	kitName: string,
	languages: ReadmeLanguage[],
	licence: Record<string, string>,
): string {
	const parts = languages.map(({ label, t }) => {
		const title = t('kit.offline.readmeTitle', { kit: kitName, language: label });
		return [
			title,
			'='.repeat(Math.min([...title].length, WIDTH)),
			'',
			...section(t('kit.offline.open'), [`1. ${t('kit.offline.unzip')}`, `2. ${t('kit.offline.start')}`]),
			...section(t('kit.offline.shared'), [t('kit.offline.sharedText')]),
			...section(t('kit.offline.private'), [t('kit.offline.privateText')]),
			...section(t('kit.offline.differences'), [t('kit.offline.differencesText')]),
			...wrap(t('kit.footer.licence', licence)),
		].join('\r\n');
	});
	return `${parts.join('\r\n\r\n\r\n')}\r\n`;
}

function section(heading: string, paragraphs: string[]): string[] {
	return [heading, '-'.repeat(Math.min([...heading].length, WIDTH)), ...paragraphs.flatMap(wrap), ''];
}

/** Wraps a paragraph at word ends; a numbered line's next lines are indented under its text. */
function wrap(paragraph: string): string[] {
	const indent = /^\d+\. /.exec(paragraph)?.[0].replace(/./g, ' ') ?? '';
	const lines: string[] = [];
	let line = '';
	for (const word of paragraph.split(/\s+/)) {
		if (line && [...`${line} ${word}`].length > WIDTH) {
			lines.push(line);
			line = `${indent}${word}`;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}
