import type { Paragraph } from 'mdast';
import type { Translate } from '../i18n/kitTranslations.ts';
import { element, text } from '../markdown/element.ts';
import type { PackLaw } from '../schemas/countryPackSchema.ts';
import type { CountryPackFiles } from './checkCountryPacks.ts';
import { lawWords, primarySource, regionPrefix, wordsIn } from './countryPacks.ts';
import { collatorFor, displayNames, formatDay } from '../i18n/intlFormats.ts';

export interface LawCardContext {
	packs: CountryPackFiles[];
	/** The locale the page is written in, its BCP 47 tag, and the source locale. */
	locale: string;
	lang: string;
	sourceLocale: string;
	t: Translate;
}

/** A pack's name in the reader's language: a country, the EU, or international law. */
export function packName(folder: string, context: Pick<LawCardContext, 'lang' | 't'>): string {
	if (folder === 'international') return context.t('kit.law.international');
	if (folder === 'eu') return context.t('kit.law.eu');
	return displayNames(context.lang, 'region').of(folder.toUpperCase()) ?? folder.toUpperCase();
}

/** "In force since 1 July 2024", "Passed, in force from 14 June 2027", "Announced, not yet law". */
export function lawStatus(statement: PackLaw, context: Pick<LawCardContext, 'lang' | 't'>): string {
	const date = statement.inForce ? formatDay(context.lang, statement.inForce) : undefined;
	if (statement.status === 'announced') return context.t('kit.law.announced');
	if (statement.status === 'passed')
		return date ? context.t('kit.law.passedFrom', { date }) : context.t('kit.law.passed');
	return date ? context.t('kit.law.inForceSince', { date }) : context.t('kit.law.inForce');
}

/**
 * One statement: its words (marked with their language where they fall back), status and source.
 * `marked` adds its topic, for the statements file a card picks its statements from
 * (lawStatements.ts).
 */
export function lawItem(
	pack: CountryPackFiles,
	statement: PackLaw,
	context: LawCardContext,
	marked = false,
): Paragraph {
	const words = lawWords(pack, statement, context.locale, context.sourceLocale);
	const source = primarySource(statement.sources);
	const region = regionPrefix(pack, statement, words.text, context.locale, context.sourceLocale);
	return element(
		'li',
		{
			lang: words.locale === context.locale ? undefined : words.locale,
			'data-kit-law-topic': marked ? statement.topic : undefined,
		},
		[
			...(region ? [element('strong', {}, [text(context.t('kit.law.region', { region }))]), text(' ')] : []),
			text(`${words.text} `),
			element('span', { class: 'kit-law__meta' }, [
				text(`(${lawStatus(statement, context)} · `),
				element('a', { href: source.url, rel: 'noopener noreferrer' }, [
					source.title
						? element('cite', { lang: source.lang, dir: 'auto' }, [text(source.title)])
						: text(context.t('kit.law.source')),
				]),
				text(')'),
			]),
		],
	);
}

/**
 * A pack's statements on the given topics, with its name, as one block of a card. `loadable` makes
 * the block a card loads when a reader picks its country (lawStatements.ts): every statement
 * marked with its topic, and both the list and the line for "no statement", for the card to keep
 * what its own topics need.
 */
export function lawBlock(
	pack: CountryPackFiles,
	topics: readonly string[],
	context: LawCardContext,
	title: string,
	loadable = false,
): Paragraph {
	const statements = topics.flatMap((topic) =>
		pack.facts.law.filter((statement) => statement.topic === topic),
	);
	const words = wordsIn(pack, context.locale, context.sourceLocale);
	const members = (pack.facts.memberOf ?? []).map((code) => code.toLowerCase()).join(' ');
	const list = element(
		'ul',
		{ class: 'kit-law__list' },
		statements.map((statement) => lawItem(pack, statement, context, loadable)),
	);
	const none = element('p', { 'data-kit-law-none': loadable ? '' : undefined }, [
		text(context.t('kit.law.noStatement')),
	]);
	return element(
		'div',
		{
			class: 'kit-law__pack',
			'data-kit-law-pack': pack.folder,
			'data-kit-law-members': members || undefined,
		},
		[
			element('p', { class: 'kit-law__title', tabindex: -1 }, [element('strong', {}, [text(title)])]),
			...(words.machineAssisted
				? [element('p', { class: 'kit-law__machine' }, [text(context.t('kit.law.machineAssisted'))])]
				: []),
			...(loadable ? [list, none] : statements.length > 0 ? [list] : [none]),
		],
	);
}

/** A pack's block as a law card titles it: "United Kingdom: what the law says". */
export function titledLawBlock(
	pack: CountryPackFiles,
	topics: readonly string[],
	context: LawCardContext,
	loadable = false,
): Paragraph {
	const title = context.t('kit.law.title', { country: packName(pack.folder, context) });
	return lawBlock(pack, topics, context, title, loadable);
}

/**
 * `::law-card{topics="child-images sharing"}`: the law on those topics for the reader's country.
 * The card carries the packs in `shown` (the default law of every locale whose pages show it,
 * defaultPacksOf), hidden and left out of search; each page shows its own locale's and drops the
 * rest (src/html/contentLinks.ts). Every other country is a link to its law card page, which a
 * script turns into loading that country's statements into the card (lawCardClient.ts). With
 * `country="US"` the card shows that pack only, for comparison.
 */
export function renderLawCard(
	topics: string[],
	context: LawCardContext,
	{ pinned, shown = [] }: { pinned?: string; shown?: readonly string[] },
): Paragraph {
	if (pinned) {
		const pack = context.packs.find((entry) => entry.folder === pinned)!;
		const title = context.t('kit.law.comparison', { country: packName(pinned, context) });
		return element('section', { class: 'kit-law kit-law--comparison', 'data-kit-law-pinned': pinned }, [
			lawBlock(pack, topics, context, title),
		]);
	}
	const blocks = shown.flatMap((folder) => {
		const pack = context.packs.find((entry) => entry.folder === folder);
		if (!pack) return [];
		const block = titledLawBlock(pack, topics, context);
		block.data!.hProperties = { ...block.data!.hProperties, hidden: true, dataPagefindIgnore: '' };
		return [block];
	});
	const collator = collatorFor(context.lang);
	const countries = context.packs
		.filter((pack) => pack.folder !== 'eu')
		.map((pack) => ({ pack, name: packName(pack.folder, context) }))
		.sort(
			(a, b) =>
				Number(a.pack.folder === 'international') - Number(b.pack.folder === 'international') ||
				collator.compare(a.name, b.name),
		);
	return element(
		'section',
		{
			class: 'kit-law',
			'data-kit-law': '',
			'data-kit-law-topics': topics.join(' '),
			'data-kit-law-locale': context.locale,
		},
		[
			...blocks,
			element(
				'nav',
				{ class: 'kit-law__picker', 'aria-label': context.t('kit.law.another'), 'data-pagefind-ignore': '' },
				[
					element('p', {}, [text(context.t('kit.law.pick'))]),
					element(
						'ul',
						{},
						countries.map(({ pack, name }) =>
							element('li', {}, [
								element(
									'a',
									{ href: `/${context.locale}/law/${pack.folder}/`, 'data-kit-law-pick': pack.folder },
									[text(name)],
								),
							]),
						),
					),
				],
			),
		],
	);
}
