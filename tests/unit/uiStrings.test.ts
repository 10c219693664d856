import { describe, expect, it } from 'vitest';
import { loadKitConfig } from '../../src/config/loadKitConfig.ts';
import { readUiStrings } from '../../src/config/uiStrings.ts';

const kit = loadKitConfig(undefined, {});
const source = readUiStrings(kit.defaultLocale);
/** Keys that vary by plural form (`_one`, `_few`, …) are compared by their base key. */
const baseKeys = (strings: Record<string, string>) =>
	new Set(Object.keys(strings).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')));

describe('UI strings', () => {
	it('label every configured band, topic, audience, framework and page kind in the source locale', () => {
		const keys = baseKeys(source);
		const needed = [
			'kit.band.label',
			...kit.topics.map((id) => `kit.topic.${id}`),
			...kit.audiences.map((id) => `kit.audience.${id}`),
			...kit.curriculumFrameworks.map((id) => `kit.framework.${id}`),
			...['lesson', 'guide', 'help', 'reference'].map((id) => `kit.kind.${id}`),
		];
		expect(needed.filter((key) => !keys.has(key))).toEqual([]);
	});

	it.each(kit.locales.map((locale) => locale.code))('exist in full for %s', (code) => {
		const strings = readUiStrings(code);
		const keys = baseKeys(strings);
		expect([...baseKeys(source)].filter((key) => !keys.has(key))).toEqual([]);
		for (const [key, text] of Object.entries(strings)) {
			expect(text.trim(), `${code}.json: ${key}`).not.toBe('');
			const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
			const sourceText = source[key] ?? source[key.replace(/_\w+$/, '_other')];
			// Arabic "zero", "one" and "two" plural forms say the number in words, without {{count}}.
			if (sourceText && !/_(zero|one|two)$/.test(key))
				expect(placeholders(text), `${code}.json: ${key}`).toEqual(placeholders(sourceText));
		}
	});

	it('give every plural string every form each locale’s language uses', () => {
		const pluralKeys = [...new Set(Object.keys(source).filter((key) => key.endsWith('_other')))].map((key) =>
			key.replace(/_other$/, ''),
		);
		expect(pluralKeys).toEqual(
			expect.arrayContaining(['kit.lesson.minutes', 'kit.quiz.score', 'kit.catalogue.count']),
		);
		for (const { code, lang } of kit.locales) {
			const strings = readUiStrings(code);
			const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
			const missing = pluralKeys.flatMap((key) =>
				forms.filter((form) => !(`${key}_${form}` in strings)).map((form) => `${key}_${form}`),
			);
			expect(missing, `${code}.json`).toEqual([]);
		}
	});
});
