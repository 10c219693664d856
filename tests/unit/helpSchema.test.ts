import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/projectRoot.ts';
import { helpCountrySchema } from '../../src/schemas/helpSchema.ts';
import { telHref } from '../../src/help/telHref.ts';

const HELP = join(projectRoot, 'help');
const service = {
	kind: 'child-helpline',
	name: 'Childline',
	url: 'https://www.childline.org.uk',
	phone: '0800 1111',
	summary: 'Free, confidential support for young people.',
	sources: ['https://www.childline.org.uk/get-support/'],
	verified: '2026-11-21',
};
const country = {
	country: 'GB',
	name: 'United Kingdom',
	emergency: { number: '999', sources: ['https://www.gov.uk/'], verified: '2026-11-21' },
	services: [service],
};
const problems = (data: unknown) => {
	const result = helpCountrySchema.safeParse(data);
	return result.success
		? []
		: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('help data files', () => {
	it.each(readdirSync(HELP).filter((name) => name.endsWith('.json')))('help/%s is valid', (name) => {
		expect(problems(JSON.parse(readFileSync(join(HELP, name), 'utf8')))).toEqual([]);
	});

	it('covers the countries the kit promises, plus international entries', () => {
		const files = readdirSync(HELP).filter((name) => name.endsWith('.json'));
		for (const code of ['nl', 'be', 'fr', 'es', 'de', 'ie', 'gb', 'us', 'au', 'ca', 'international']) {
			expect(files).toContain(`${code}.json`);
		}
	});

	it('accepts a good entry', () => {
		expect(problems(country)).toEqual([]);
	});

	it.each([
		[
			'a phone number with words in it',
			{ ...service, phone: 'call 0800 1111' },
			'services.0.phone: Write the number as people dial it',
		],
		['an unknown kind', { ...service, kind: 'chatbot' }, 'services.0.kind: Use one of: child-helpline'],
		[
			'an http address',
			{ ...service, url: 'http://www.childline.org.uk' },
			'services.0.url: Give the full https:// address',
		],
		['no sources', { ...service, sources: [] }, 'services.0.sources: List at least one page'],
		[
			'a date in the wrong form',
			{ ...service, verified: '21/11/2026' },
			'services.0.verified: Write the date you last checked',
		],
		[
			'a date in the future',
			{ ...service, verified: '2999-01-01' },
			'services.0.verified: The "verified" date is in the future',
		],
		[
			'no summary',
			{ ...service, summary: '' },
			'services.0.summary: Say in one sentence what the service does.',
		],
	])('refuses %s, naming the field and what to do', (_name, bad, message) => {
		expect(problems({ ...country, services: [bad] }).join('\n')).toContain(message);
	});

	it('refuses a country code that is not two capital letters', () => {
		expect(problems({ ...country, country: 'uk1' }).join('\n')).toContain(
			'country: Use the two-letter ISO 3166-1 code',
		);
	});

	it('makes tel: links from numbers as written', () => {
		expect(telHref('0800 1111')).toBe('tel:08001111');
		expect(telHref('1-800-668-6868')).toBe('tel:18006686868');
		expect(telHref('+44 20 7946 0000')).toBe('tel:+442079460000');
	});
});
