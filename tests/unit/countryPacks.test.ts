import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/projectRoot.ts';
import { defaultPackOf, packsInForce } from '../../src/countries/countryPacks.ts';
import { readCountryPacks } from '../../src/countries/readCountryPacks.ts';
import { staleEntries } from '../../src/countries/staleEntries.ts';
import { LAW_TOPICS } from '../../src/schemas/countryPackSchema.ts';

const LOCALES = ['en', 'nl', 'es', 'fr', 'ar'];
const read = (dir: string) => readCountryPacks(dir, LOCALES, 'en');

/** A copy of the project's country packs with one file changed, and the build's message for it. */
function problemsWith(folder: string, file: string, change: (data: Record<string, any>) => void): string {
	const dir = mkdtempSync(join(tmpdir(), 'countries-'));
	cpSync(join(projectRoot, 'countries'), dir, { recursive: true });
	const path = join(dir, folder, file);
	const data = JSON.parse(readFileSync(path, 'utf8'));
	change(data);
	writeFileSync(path, JSON.stringify(data));
	try {
		read(dir);
		return '';
	} catch (error) {
		return (error as Error).message;
	}
}

describe('the country packs in countries/', () => {
	const packs = read(join(projectRoot, 'countries'));

	it('are all valid, with a pack for every country that has help, the EU and international law', () => {
		expect(packs.map((pack) => pack.folder).sort()).toEqual(
			['au', 'be', 'ca', 'de', 'es', 'eu', 'fr', 'gb', 'ie', 'international', 'nl', 'us'].sort(),
		);
	});

	it('cover every law topic in every country, with a statement or a gap noted for maintainers', () => {
		for (const { folder, facts } of packs.filter((pack) => !['eu', 'international'].includes(pack.folder))) {
			const covered = new Set([...facts.law, ...(facts.lawGaps ?? [])].map((entry) => entry.topic));
			expect(
				LAW_TOPICS.filter((topic) => !covered.has(topic)),
				folder,
			).toEqual([]);
		}
	});

	it('give every help entry and law statement a trusted source, never only news, archives or document sites', () => {
		for (const { folder, facts } of packs) {
			for (const entry of [...facts.help, ...facts.law]) {
				expect(
					entry.sources.some((source) => source.type !== 'other'),
					`${folder} ${entry.id}`,
				).toBe(true);
				for (const source of entry.sources)
					expect(source.url, `${folder} ${entry.id}`).not.toMatch(
						/doczz|scribd|web\.archive\.org|studylib|docslib/,
					);
			}
		}
	});

	it('have words for every locale, each translation recording which English version it translates', () => {
		for (const { folder, words } of packs) {
			expect(Object.keys(words).sort(), folder).toEqual([...LOCALES].sort());
			for (const locale of LOCALES.filter((code) => code !== 'en'))
				expect(words[locale]!.translation?.source, `${folder}/${locale}.json`).toMatch(/^[0-9a-f]{12}$/);
		}
	});

	it('show the Netherlands’ main child helpline with its phone number', () => {
		const nl = packs.find((pack) => pack.folder === 'nl')!;
		expect(nl.facts.help.find((service) => service.kind === 'child-helpline')?.phone).toBe('0800-0432');
	});

	it('show a locale its first help country’s law with the EU’s, and international law where it has none', () => {
		expect(packsInForce(defaultPackOf(['NL', 'BE'], packs), packs)).toEqual(['nl', 'eu']);
		expect(packsInForce(defaultPackOf(['GB', 'IE'], packs), packs)).toEqual(['gb']);
		expect(packsInForce(defaultPackOf([], packs), packs)).toEqual(['international']);
		expect(packsInForce(defaultPackOf(['XX'], packs), packs)).toEqual(['international']);
	});
});

describe('a broken country pack stops the build, naming the file and the field', () => {
	it('a phone number in the wrong shape', () => {
		expect(problemsWith('nl', 'pack.json', (data) => (data.help[0].phone = 'bel 0800'))).toContain(
			'countries/nl/pack.json is not valid:\n      - help.0.phone: Write the number as people dial it inside the country',
		);
	});

	it('a law statement without a source', () => {
		expect(problemsWith('nl', 'pack.json', (data) => (data.law[0].sources = []))).toContain(
			'countries/nl/pack.json is not valid:\n      - law.0.sources: List at least one page that confirms this in "sources".',
		);
	});

	it('a help entry resting only on a news item or a page in another language', () => {
		const news = problemsWith('nl', 'pack.json', (data) => {
			data.help[0].sources = [{ ...data.help[0].sources[0], type: 'other' }];
		});
		expect(news).toMatch(
			/countries\/nl\/pack\.json: help\.0\.sources \("kindertelefoon"\) needs at least one source of type own, directory, government or legislation in nl/,
		);
		const english = problemsWith('nl', 'pack.json', (data) => {
			data.help[0].sources = [{ ...data.help[0].sources[0], lang: 'en' }];
		});
		expect(english).toContain('help.0.sources ("kindertelefoon") needs at least one source');
	});

	it('a law statement resting on a helpline’s or a directory’s page instead of the law or a government page', () => {
		expect(
			problemsWith('nl', 'pack.json', (data) => {
				data.law[0].sources = data.law[0].sources.map((source: object) => ({ ...source, type: 'own' }));
			}),
		).toMatch(
			/countries\/nl\/pack\.json: law\.0\.sources \("[a-z-]+"\) needs a primary source: the legislation itself or a government or police page/,
		);
	});

	it('a folder whose name does not match its country code', () => {
		expect(problemsWith('nl', 'pack.json', (data) => (data.country = 'BE'))).toContain(
			'countries/nl/pack.json: "country" is "BE", but the folder is "nl". Name the folder countries/be/, or fix "country".',
		);
	});

	it('a missing part: a law topic with neither a statement nor a gap', () => {
		expect(
			problemsWith('nl', 'pack.json', (data) => {
				data.law = data.law.filter((statement: { topic: string }) => statement.topic !== 'ages');
				data.lawGaps = (data.lawGaps ?? []).filter((gap: { topic: string }) => gap.topic !== 'ages');
			}),
		).toContain(
			'countries/nl/pack.json: law: nothing on "ages". Add a sourced statement, or list the topic in "lawGaps"',
		);
	});

	it('an entry without its English words, and a translation that does not record its source', () => {
		expect(problemsWith('nl', 'en.json', (data) => delete data.help.kindertelefoon)).toContain(
			'countries/nl/en.json: help.kindertelefoon: write the summary of "De Kindertelefoon".',
		);
		expect(problemsWith('nl', 'nl.json', (data) => delete data.translation)).toContain(
			'countries/nl/nl.json: translation: record which version of en.json this translates: run `npm run i18n:stamp -- nl`.',
		);
	});

	it('a checked date in the future, or a check that does not say how it was done', () => {
		expect(
			problemsWith('nl', 'pack.json', (data) => (data.help[0].sources[0].checked.on = '2999-01-01')),
		).toContain('help.0.sources.0.checked.on: "checked.on" is in the future.');
		expect(
			problemsWith('nl', 'pack.json', (data) => (data.help[0].sources[0].checked.how = 'looked')),
		).toContain(
			'help.0.sources.0.checked.how: Say how it was checked: "live" (the live page) or "stored-copy"',
		);
	});
});

describe('entries nobody has checked for a year', () => {
	it('make the build warn, naming the file, the entry and the date', () => {
		const packs = read(join(projectRoot, 'countries'));
		expect(staleEntries(packs)).toEqual([]);
		const inTwoYears = Date.now() + 2 * 365 * 24 * 60 * 60 * 1000;
		expect(staleEntries(packs, inTwoYears)).toContainEqual(
			expect.stringMatching(
				/^countries\/nl\/pack\.json: "kindertelefoon" was last checked on \d{4}-\d\d-\d\d, more than 365 days ago\./,
			),
		);
	});
});
