import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../support/brokenLinks.ts';
import { DIST } from '../support/builtSite.ts';

describe('links in the built site', () => {
	it('has no broken internal link or anchor on any page of any locale', () => {
		const { broken, pages } = brokenLinks(DIST);
		expect(pages).toBeGreaterThan(20);
		expect(broken).toEqual([]);
	});
});
