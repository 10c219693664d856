/**
 * The help on a deck's closing slide, in one place so it follows the help data wherever it goes
 * (the country packs in countries/, through src/help/helpData.ts). For the reader's country: its
 * emergency number, a service young people can talk to, and one that gets pictures of under-18s
 * taken down; for readers without a country, the services that work from anywhere. Every country
 * with help is there: the slide shows the locale's first country (as law cards do), or the one
 * chosen in the address (`?country=us`). Only names, numbers and addresses: no prose to translate.
 */
import { kit } from '~/config/kit';
import { defaultPackOf } from '~/countries/countryPacks';
import { helpData, telHref } from '~/help/helpData';
import type { PackHelp } from '~/schemas/countryPackSchema';

/** Kinds of service, best first, that a pupil can call or write to. */
const TALK_KINDS = ['child-helpline', 'safer-internet-centre', 'directory'];

/** A number as callers dial it, and as a `tel:` link. */
export interface PhoneNumber {
	number: string;
	href: string;
}

export interface HelpContact {
	name: string;
	url: string;
	phone?: PhoneNumber | undefined;
}

export interface CountryHelp {
	/** The pack's folder: `gb`, or `international` for help from anywhere. */
	code: string;
	/** The ISO 3166-1 code, for the country's name in the reader's language; none for `international`. */
	country?: string | undefined;
	emergency?: PhoneNumber | undefined;
	talk?: HelpContact | undefined;
	takeDown?: HelpContact | undefined;
}

const phoneNumber = (number: string | undefined) => (number ? { number, href: telHref(number) } : undefined);
const contact = (service: PackHelp | undefined): HelpContact | undefined =>
	service && { name: service.name, url: service.url, phone: phoneNumber(service.phone) };
const first = (help: PackHelp[], kinds: string[]) =>
	kinds.map((kind) => help.find((service) => service.kind === kind)).find(Boolean);
const forChildren = (help: PackHelp[]) =>
	help.find((service) => service.kind === 'image-removal' && service.forUnder18Images !== false);

/** Help for every country with help, and from anywhere; `shown` is the one the slide shows by default. */
export function closingHelp(locale: string): { shown: string; countries: CountryHelp[] } {
	const { countries, international } = helpData();
	const anywhere = international.facts.help;
	const helpCountries = kit.locales.find((entry) => entry.code === locale)?.helpCountries ?? [];
	return {
		shown: defaultPackOf(helpCountries, countries),
		countries: [
			...countries.map(({ folder, facts }) => ({
				code: folder,
				country: facts.country,
				emergency: phoneNumber(facts.emergency?.number),
				talk: contact(first(facts.help, TALK_KINDS)),
				takeDown: contact(forChildren(facts.help) ?? forChildren(anywhere)),
			})),
			{
				code: 'international',
				talk: contact(first(anywhere, TALK_KINDS)),
				takeDown: contact(forChildren(anywhere)),
			},
		],
	};
}
