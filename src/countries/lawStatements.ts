import type { Nodes as HastNodes } from 'hast';
import type { Nodes as MdastNodes } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { ALL_LAW_TOPICS } from '../schemas/countryPackSchema.ts';
import { packsInForce } from './countryPacks.ts';
import { titledLawBlock, type LawCardContext } from './renderLawCard.ts';

/** What a law card loads when a reader picks a country: `/<locale>/law/<code>/statements.json`. */
export interface LawStatementsFile {
	/** The country's block of a law card, then those of the packs whose law also applies there. */
	html: string;
}

/**
 * One pack's statements file in one locale: its law on every topic, then the law of the packs it
 * belongs to (the EU's for a member state), as blocks of a law card (renderLawCard.ts) whose
 * statements are marked with their topic; a card keeps those on its own topics, in its order.
 * Pages carry only their readers' default law; this small file, made once per locale and pack by
 * the build (src/pages/[locale]/law/[pack]/statements.json.ts), brings any other country's when a
 * reader picks it (lawCardClient.ts). It is a JSON file, not a page, so search, the security pass
 * and the offline packs, which work on pages, leave it alone.
 */
export function lawStatements(folder: string, context: LawCardContext): LawStatementsFile {
	const blocks = packsInForce(folder, context.packs).flatMap((inForce) => {
		const pack = context.packs.find((entry) => entry.folder === inForce);
		return pack ? [titledLawBlock(pack, ALL_LAW_TOPICS, context, true)] : [];
	});
	return { html: toHtml(toHast({ type: 'root', children: blocks } as MdastNodes) as HastNodes) };
}
