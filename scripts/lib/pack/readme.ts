import type { OfflineWords } from './offlineWords.ts';

/** Lines of a plain-text README are wrapped at this width. */
const WIDTH = 76;

/**
 * The README.txt at the top of a pack: how to open it, how to put it on a shared drive, that it
 * stores nothing, how it differs from the website, and the licence, in the words of each of the
 * pack's locales' "Use it offline" page (one part per language in the pack with every language).
 * CRLF line ends, so that every text editor on Windows shows the lines.
 */
export function readmeText(languages: OfflineWords['readme'][]): string {
	const parts = languages.map(({ title, sections, licence }) =>
		[
			title,
			'='.repeat(Math.min([...title].length, WIDTH)),
			'',
			...sections.flatMap(({ heading, paragraphs }) => [
				heading,
				'-'.repeat(Math.min([...heading].length, WIDTH)),
				...paragraphs.flatMap(wrap),
				'',
			]),
			...wrap(licence),
		].join('\r\n'),
	);
	return `${parts.join('\r\n\r\n\r\n')}\r\n`;
}

/** Wraps a paragraph at word ends; a numbered or bulleted line's next lines are indented under its text. */
function wrap(paragraph: string): string[] {
	const indent = /^(\d+\.|-) /.exec(paragraph)?.[0].replace(/./g, ' ') ?? '';
	const lines: string[] = [];
	let line = '';
	for (const word of paragraph.split(/\s+/).filter(Boolean)) {
		if (line && [...`${line} ${word}`].length > WIDTH) {
			lines.push(line);
			line = `${indent}${word}`;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}
