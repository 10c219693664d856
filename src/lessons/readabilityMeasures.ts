import type { TextCounts } from './readability.ts';

/**
 * Readability formulas, each valid for one language. A locale's lessons are checked with the
 * measure `kit.config.json → readingLevel` names for it; locales without one are reported as not
 * measured, never scored with another language's formula.
 */
export interface ReadabilityMeasure {
	/** The language the formula was made for. */
	language: string;
	/** What the number means, for reports. */
	label: string;
	/** `max`: the score must not exceed the band's limit (a grade); `min`: it must reach it (an ease). */
	limit: 'max' | 'min';
	syllables: (word: string) => number;
	score: (counts: TextCounts) => number;
}

export const READABILITY_MEASURES = {
	/**
	 * Flesch–Kincaid grade: the US school grade needed to read a text (lower is easier).
	 * @see https://en.wikipedia.org/wiki/Flesch%E2%80%93Kincaid_readability_tests
	 */
	'flesch-kincaid-grade': {
		language: 'en',
		label: 'Flesch–Kincaid grade (lower is easier)',
		limit: 'max',
		syllables: englishSyllables,
		score: ({ words, sentences, syllables }) => 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59,
	},
	/**
	 * Flesch–Douma: Douma's 1960 adaptation of the Flesch reading ease to Dutch (0–100, higher is
	 * easier; about 80–90 is easy, 60–70 standard): 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence.
	 * @see https://nl.wikipedia.org/wiki/Leesbaarheid
	 */
	'flesch-douma': {
		language: 'nl',
		label: 'Flesch–Douma reading ease (higher is easier)',
		limit: 'min',
		syllables: dutchSyllables,
		score: ({ words, sentences, syllables }) => 206.84 - 0.77 * ((100 * syllables) / words) - 0.93 * (words / sentences),
	},
} satisfies Record<string, ReadabilityMeasure>;

export type ReadabilityMeasureId = keyof typeof READABILITY_MEASURES;

/** English syllables, by vowel groups with the usual corrections; digits count as one word of two. */
export function englishSyllables(word: string): number {
	const w = word.toLowerCase().replace(/['’]/g, '');
	if (/^\d+$/.test(w)) return 2;
	if (w.length <= 3) return 1;
	const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
	return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0);
}

/**
 * Dutch syllables: each group of vowels is one (Dutch writes long vowels and diphthongs such as
 * "aa", "ie", "oe", "ui", "eu" as one group), and a diaeresis starts a new one ("geïnteresseerd").
 */
export function dutchSyllables(word: string): number {
	const w = word.toLowerCase();
	if (/^\d+$/.test(w)) return 2;
	return Math.max(1, w.match(/[ëïöü]|[aeiouyàáâèéêíîóôúû]+/g)?.length ?? 0);
}
