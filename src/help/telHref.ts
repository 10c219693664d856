/** A `tel:` link for a number as written: its digits, and a leading "+" if there is one. */
export function telHref(phone: string): string {
	return `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
}
