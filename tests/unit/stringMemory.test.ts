import { describe, expect, it } from 'vitest';
import { StringMemory } from '../../src/i18n/stringMemory.ts';

/** A lookup that counts how often it is asked, answering with what it was asked for. */
function countingLookup() {
	const asked: string[] = [];
	const lookup = (lang: string, key: string, values?: Record<string, unknown>) => () => {
		asked.push(key);
		return `${lang}:${key}:${JSON.stringify(values ?? {})}:${asked.length}`;
	};
	return { asked, lookup };
}

describe('UI strings remembered during a build', () => {
	it('looks a string without values up once per language and key', () => {
		const memory = new StringMemory();
		const { asked, lookup } = countingLookup();
		const first = memory.recall('en', 'kit.present.slide', undefined, lookup('en', 'kit.present.slide'));
		expect(memory.recall('en', 'kit.present.slide', undefined, lookup('en', 'kit.present.slide'))).toBe(
			first,
		);
		expect(memory.recall('en', 'kit.present.slide', {}, lookup('en', 'kit.present.slide'))).toBe(first);
		memory.recall('nl', 'kit.present.slide', undefined, lookup('nl', 'kit.present.slide'));
		memory.recall('en', 'kit.quiz.hint', undefined, lookup('en', 'kit.quiz.hint'));
		expect(asked).toEqual(['kit.present.slide', 'kit.present.slide', 'kit.quiz.hint']);
	});

	it('keeps a string with numbers apart for each set of numbers, in any order', () => {
		const memory = new StringMemory();
		const { asked, lookup } = countingLookup();
		const two = memory.recall(
			'en',
			'kit.quiz.question',
			{ number: 2, total: 6 },
			lookup('en', 'q', { number: 2 }),
		);
		expect(memory.recall('en', 'kit.quiz.question', { total: 6, number: 2 }, lookup('en', 'q'))).toBe(two);
		expect(memory.recall('en', 'kit.quiz.question', { number: 3, total: 6 }, lookup('en', 'q'))).not.toBe(
			two,
		);
		expect(asked).toHaveLength(2);
	});

	it('asks every time when a value is not a number, such as a title', () => {
		const memory = new StringMemory();
		const { asked, lookup } = countingLookup();
		for (let time = 0; time < 2; time++)
			memory.recall('en', 'kit.present.slideLabel', { number: 1, title: 'Warm-up' }, lookup('en', 'label'));
		expect(asked).toHaveLength(2);
	});
});
