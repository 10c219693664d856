/**
 * The help on a deck's closing slide, in one place so it can follow the help data wherever it
 * goes (help/<country>.json today). For each country the reader's locale shows first
 * (kit.config.json → locales[].helpCountries): its emergency number and one service young people
 * can talk to; and, for every locale, the directory of child helplines that works from anywhere.
 * Only names, numbers and addresses: the data's descriptions are in English.
 */
import { kit } from '~/config/kit';
import { helpData, telHref } from '~/help/helpData';

/** Kinds of service, best first, that a pupil can call or write to. */
const TALK_KINDS = ['child-helpline', 'safer-internet-centre'];

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

export interface ClosingHelp {
	countries: { code: string; emergency?: PhoneNumber | undefined; talk: HelpContact }[];
	/** Services for any country, such as Child Helpline International's directory. */
	anywhere: HelpContact[];
}

const phoneNumber = (number: string | undefined) => (number ? { number, href: telHref(number) } : undefined);
const contact = ({
	name,
	url,
	phone,
}: {
	name: string;
	url: string;
	phone?: string | undefined;
}): HelpContact => ({
	name,
	url,
	phone: phoneNumber(phone),
});

export async function closingHelp(locale: string): Promise<ClosingHelp> {
	const { countries, international } = await helpData();
	const codes = kit.locales.find((entry) => entry.code === locale)?.helpCountries ?? [];
	return {
		countries: codes.flatMap((code) => {
			const country = countries.find((entry) => entry.country === code);
			const talk = TALK_KINDS.map((kind) => country?.services.find((service) => service.kind === kind)).find(
				Boolean,
			);
			return country && talk
				? [{ code, emergency: phoneNumber(country.emergency?.number), talk: contact(talk) }]
				: [];
		}),
		anywhere: international.services
			.filter((service) => service.kind === 'directory')
			.slice(0, 1)
			.map(contact),
	};
}
