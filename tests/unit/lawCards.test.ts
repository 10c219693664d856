import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/projectRoot.ts';
import { defaultPacksOf } from '../../src/countries/countryPacks.ts';
import { lawStatements } from '../../src/countries/lawStatements.ts';
import { readCountryPacks } from '../../src/countries/readCountryPacks.ts';
import { withContentLinks } from '../../src/html/contentLinks.ts';
import { testTranslations } from '../support/translations.ts';

const packs = readCountryPacks(join(projectRoot, 'countries'), ['en', 'nl', 'es', 'fr', 'ar'], 'en');
const packsIn = (html: string) =>
	[...html.matchAll(/data-kit-law-pack="([a-z]+)"/g)].map((match) => match[1]);

describe('the law a card carries', () => {
	it('is each locale’s default law once, countries first and the EU after them', () => {
		expect(defaultPacksOf([['GB'], ['NL', 'BE'], ['FR'], []], packs)).toEqual([
			'gb',
			'nl',
			'fr',
			'international',
			'eu',
		]);
		expect(defaultPacksOf([['NL']], packs)).toEqual(['nl', 'eu']);
		expect(defaultPacksOf([['XX']], packs)).toEqual(['international']);
	});
});

describe('a law card in a page', () => {
	const card = [
		'<section class="kit-law" data-kit-law="" data-kit-law-topics="sharing">',
		'<div class="kit-law__pack" data-kit-law-pack="gb" hidden data-pagefind-ignore=""><a href="https://www.legislation.gov.uk/">law</a></div>',
		'<div class="kit-law__pack" data-kit-law-pack="nl" data-kit-law-members="eu" hidden data-pagefind-ignore=""><p>NL</p></div>',
		'<div class="kit-law__pack" data-kit-law-pack="eu" hidden data-pagefind-ignore=""><p>EU</p></div>',
		'<nav class="kit-law__picker"><a href="/en/law/us/" data-kit-law-pick="us">United States</a></nav>',
		'</section>',
	].join('');
	const pinned =
		'<section class="kit-law kit-law--comparison" data-kit-law-pinned="us"><div class="kit-law__pack" data-kit-law-pack="us"><p>US</p></div></section>';
	const locales = { base: '/kit/', contentLocale: 'en', pageLocale: 'nl', sourceLocale: 'en' };

	it('keeps the page locale’s law, shown and searchable, and drops every other pack', () => {
		const html = withContentLinks(card, locales, undefined, ['nl', 'eu']);
		expect(packsIn(html)).toEqual(['nl', 'eu']);
		expect(html).toContain('<div class="kit-law__pack" data-kit-law-pack="nl" data-kit-law-members="eu">');
		expect(html).toContain('<div class="kit-law__pack" data-kit-law-pack="eu">');
		// Links in the same pass still follow the base path and the reader's locale.
		expect(html).toContain('href="/kit/nl/law/us/"');
	});

	it('leaves a card pinned to one country, and every card where no law is given, as they are', () => {
		expect(withContentLinks(pinned, locales, undefined, ['nl', 'eu'])).toBe(pinned);
		expect(packsIn(withContentLinks(card, locales, undefined))).toEqual(['gb', 'nl', 'eu']);
	});
});

describe('the statements file a card loads when a reader picks a country', () => {
	const context = {
		packs,
		locale: 'en',
		lang: 'en',
		sourceLocale: 'en',
		t: testTranslations.of('en'),
	};

	it('holds the country’s law on every topic, each statement marked with its topic, then the EU’s', () => {
		const { html } = lawStatements('fr', context);
		expect(packsIn(html)).toEqual(['fr', 'eu']);
		const fr = packs.find((pack) => pack.folder === 'fr')!;
		const topics = [...html.matchAll(/<li[^>]*data-kit-law-topic="([a-z-]+)"/g)].map((match) => match[1]);
		expect(topics.slice(0, fr.facts.law.length).sort()).toEqual(fr.facts.law.map((law) => law.topic).sort());
		expect(html).toContain('France: what the law says');
		// The line a card shows where none of its topics has a statement comes too.
		expect(html.match(/data-kit-law-none/g)).toHaveLength(2);
	});

	it('is in the asked locale’s words, with no script and no link into the site', () => {
		const { html } = lawStatements('us', {
			...context,
			locale: 'fr',
			lang: 'fr',
			t: testTranslations.of('fr'),
		});
		expect(packsIn(html)).toEqual(['us']);
		expect(html).toContain('États-Unis : ce que dit la loi');
		expect(html).not.toMatch(/<script|href="\//);
	});
});
