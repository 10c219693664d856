import { describe, expect, it } from 'vitest';
import { readability } from '../../src/lessons/readability.ts';
import { dutchSyllables, englishSyllables } from '../../src/lessons/readabilityMeasures.ts';

describe('readability measures, one per language', () => {
	it('counts Dutch syllables by vowel groups, a diaeresis starting a new one', () => {
		expect(
			['kat', 'Kindertelefoon', 'geïnteresseerd', 'ruimte', 'beeld', 'naaktfoto'].map(dutchSyllables),
		).toEqual([1, 5, 5, 2, 1, 3]);
	});

	it('scores Dutch with Flesch–Douma: 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence', () => {
		// 6 words, 7 syllables, 1 sentence.
		expect(readability(['De kat zit op de matten.'], 'flesch-douma')).toEqual({
			words: 6,
			sentences: 1,
			syllables: 7,
			score: Math.round((206.84 - 0.77 * ((100 * 7) / 6) - 0.93 * 6) * 10) / 10,
		});
	});

	it('scores English with the Flesch–Kincaid grade, and the same text differently from Dutch', () => {
		const text = ['The cat sat on the mat.'];
		expect(englishSyllables('picture')).toBe(2);
		const { score } = readability(text, 'flesch-kincaid-grade');
		expect(score).toBe(Math.round((0.39 * 6 + 11.8 * 1 - 15.59) * 10) / 10);
		expect(readability(text, 'flesch-douma').score).not.toBe(score);
	});
});
