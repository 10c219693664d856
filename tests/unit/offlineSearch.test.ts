import { describe, expect, it } from 'vitest';
import { excerpt, fold, queryTerms, search, type SearchIndex } from '../../src/offline/searchEngine.ts';

const index: SearchIndex = {
	base: '/',
	pages: [
		{
			u: 'en/lessons/11-13/real-or-fake/index.html',
			t: 'Real or fake? AI pictures',
			f: { kind: ['lesson'], band: ['11-13'], topic: ['ai-and-deepfakes', 'verification'] },
			s: [
				['', '', 'Pupils learn what deepfakes are.'],
				['activity-1', 'Activity 1: spot the change', 'Look at two photos of a park. One was edited.'],
			],
		},
		{
			u: 'en/lessons/14-16/sextortion/index.html',
			t: 'Sextortion: how it works',
			f: { kind: ['lesson'], band: ['14-16'], topic: ['sextortion'] },
			s: [['', '', 'A deepfake can be used to threaten someone. Don’t pay.']],
		},
		{
			u: 'fr/glossary/index.html',
			t: 'Glossaire',
			f: {},
			s: [['', '', 'Un élève a reçu une image modifiée.']],
		},
	],
};

describe('offline search', () => {
	it('ignores case and accents, in the text and in the query', () => {
		expect(fold('Élève ÇA')).toBe('eleve ca');
		expect(search(index, 'ELEVE').map((hit) => hit.page.t)).toEqual(['Glossaire']);
	});

	it('finds words by their start and drops a plural s, so deepfake and deepfakes find each other', () => {
		expect(queryTerms('Deepfakes, apps!')).toEqual(['deepfake', 'apps']);
		expect(search(index, 'deepfakes').map((hit) => hit.page.t)).toEqual([
			'Real or fake? AI pictures',
			'Sextortion: how it works',
		]);
		expect(search(index, 'fake').map((hit) => hit.page.t)).toEqual(['Real or fake? AI pictures']);
	});

	it('needs every word of the query, and ranks a title match first', () => {
		expect(search(index, 'deepfake pay').map((hit) => hit.page.t)).toEqual(['Sextortion: how it works']);
		expect(search(index, 'sextortion deepfake')[0]?.page.t).toBe('Sextortion: how it works');
	});

	it('filters by age band and topic: any chosen value of a filter, every filter', () => {
		const titles = (filters: Record<string, string[]>) =>
			search(index, 'deepfake', filters).map((hit) => hit.page.t);
		expect(titles({ band: ['14-16'] })).toEqual(['Sextortion: how it works']);
		expect(titles({ band: ['11-13', '14-16'] })).toHaveLength(2);
		expect(titles({ band: ['11-13'], topic: ['sextortion'] })).toEqual([]);
	});

	it('points at the matching section, with the whole matching word marked', () => {
		const [hit] = search(index, 'edit');
		expect(hit?.sections.map((section) => section.id)).toEqual(['activity-1']);
		const marked = hit!.sections[0]!.excerpt.filter((piece) => piece.mark).map((piece) => piece.text);
		expect(marked).toEqual(['edited']);
	});

	it('cuts long text around the first match, at word ends', () => {
		const text = `${'word '.repeat(60)}target ${'more '.repeat(60)}`;
		const pieces = excerpt(text, ['target'], 60);
		const joined = pieces.map((piece) => piece.text).join('');
		expect(joined.startsWith('… word')).toBe(true);
		expect(joined.endsWith(' …')).toBe(true);
		expect(pieces.find((piece) => piece.mark)?.text).toBe('target');
	});
});
