import { describe } from 'vitest';
import kit from '../../kit.config.json' with { type: 'json' };
import { axeEveryPageType, pagesOf } from '../support/axePages.ts';

/** The first half of the locales (and the language choice at /); the rest: accessibilityMore.test.ts. */
const half = Math.ceil(kit.locales.length / 2);

describe('accessibility (axe-core, WCAG 2.0–2.2 A and AA)', () => {
	axeEveryPageType(
		[
			['root', ['/']],
			...kit.locales.slice(0, half).map(({ code }) => [code, pagesOf(code)] as [string, string[]]),
		],
		[kit.defaultLocale, 'root'],
	);
});
