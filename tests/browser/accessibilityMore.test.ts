import { describe } from 'vitest';
import kit from '../../kit.config.json' with { type: 'json' };
import { axeEveryPageType, pagesOf } from '../support/axePages.ts';

/** The second half of the locales, run beside accessibility.test.ts; right to left is checked in dark too. */
const half = Math.ceil(kit.locales.length / 2);
const rightToLeft = kit.locales.filter(({ dir }) => dir === 'rtl').map(({ code }) => code);

describe('accessibility (axe-core, WCAG 2.0–2.2 A and AA), more locales', () => {
	axeEveryPageType(
		kit.locales.slice(half).map(({ code }) => [code, pagesOf(code)] as [string, string[]]),
		rightToLeft,
	);
});
