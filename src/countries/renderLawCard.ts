import type { Paragraph } from 'mdast';
import type { Translate } from '../i18n/kitTranslations.ts';
import { element, text } from '../markdown/element.ts';
import type { PackLaw } from '../schemas/countryPackSchema.ts';
import type { CountryPackFiles } from './checkCountryPacks.ts';
import { lawWords, primarySource, regionPrefix, wordsIn } from './countryPacks.ts';

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
	return (
		new Intl.DisplayNames([context.lang], { type: 'region' }).of(folder.toUpperCase()) ?? folder.toUpperCase()
	);
}

/** "In force since 1 July 2024", "Passed, in force from 14 June 2027", "Announced, not yet law". */
export function lawStatus(statement: PackLaw, context: Pick<LawCardContext, 'lang' | 't'>): string {
	const date = statement.inForce
		? new Intl.DateTimeFormat(context.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
				new Date(statement.inForce),
			)
		: undefined;
	if (statement.status === 'announced') return context.t('kit.law.announced');
	if (statement.status === 'passed')
		return date ? context.t('kit.law.passedFrom', { date }) : context.t('kit.law.passed');
	return date ? context.t('kit.law.inForceSince', { date }) : context.t('kit.law.inForce');
}

/** One statement: its words (marked with their language where they fall back), status and source. */
export function lawItem(pack: CountryPackFiles, statement: PackLaw, context: LawCardContext): Paragraph {
	const words = lawWords(pack, statement, context.locale, context.sourceLocale);
	const source = primarySource(statement.sources);
	const region = regionPrefix(pack, statement, words.text, context.locale, context.sourceLocale);
	return element('li', { lang: words.locale === context.locale ? undefined : words.locale }, [
		...(region ? [element('strong', {}, [text(`${region}: `)])] : []),
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
	]);
}

/** A pack's statements on the given topics, with its name, as one block of a card. */
export function lawBlock(
	pack: CountryPackFiles,
	topics: string[],
	context: LawCardContext,
	title: string,
): Paragraph {
	const statements = topics.flatMap((topic) =>
		pack.facts.law.filter((statement) => statement.topic === topic),
	);
	const words = wordsIn(pack, context.locale, context.sourceLocale);
	const members = (pack.facts.memberOf ?? []).map((code) => code.toLowerCase()).join(' ');
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
			statements.length > 0
				? element(
						'ul',
						{ class: 'kit-law__list' },
						statements.map((statement) => lawItem(pack, statement, context)),
					)
				: element('p', {}, [text(context.t('kit.law.noStatement'))]),
		],
	);
}

/**
 * `::law-card{topics="child-images sharing"}`: the law on those topics for the reader's country.
 * Every pack is in the card, hidden and left out of search; the page shows its locale's country
 * (showDefaultLaw) and a script the one in the address (`?country=us`). Without JavaScript the
 * links lead to each country's full law card. With `country="US"` the card shows that pack only,
 * for comparison.
 */
export function renderLawCard(topics: string[], context: LawCardContext, pinned?: string): Paragraph {
	if (pinned) {
		const pack = context.packs.find((entry) => entry.folder === pinned)!;
		const title = context.t('kit.law.comparison', { country: packName(pinned, context) });
		return element('section', { class: 'kit-law kit-law--comparison', 'data-kit-law-pinned': pinned }, [
			lawBlock(pack, topics, context, title),
		]);
	}
	// Law that also applies in a country (the EU's) comes after the country's own, in reading order too.
	const shared = new Set(
		context.packs.flatMap((pack) => pack.facts.memberOf ?? []).map((code) => code.toLowerCase()),
	);
	const ordered = [...context.packs].sort(
		(a, b) => Number(shared.has(a.folder)) - Number(shared.has(b.folder)),
	);
	const blocks = ordered.map((pack) => {
		const block = lawBlock(
			pack,
			topics,
			context,
			context.t('kit.law.title', { country: packName(pack.folder, context) }),
		);
		block.data!.hProperties = { ...block.data!.hProperties, hidden: true, dataPagefindIgnore: '' };
		return block;
	});
	const collator = new Intl.Collator(context.lang);
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
		{ class: 'kit-law', 'data-kit-law': '', 'data-kit-law-topics': topics.join(' ') },
		[
			...blocks,
			element(
				'nav',
				{ class: 'kit-law__picker', 'aria-label': context.t('kit.law.another'), 'data-pagefind-ignore': '' },
				[
					element('p', {}, [text(`${context.t('kit.law.another')}:`)]),
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
