/** Starlight's translate function, loosened so that keys built from configured ids can be used. */
type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * UI strings for text inside the page content, in the content's language. On a fallback page
 * (an English page shown under /ar/) Starlight marks the content `lang="en"`, so labels inside it
 * must be English too, or screen readers read Arabic words with English rules.
 */
export function contentTranslator(locals: App.Locals): Translate {
	const translate = locals.t as unknown as Translate;
	const lng = locals.starlightRoute.entryMeta.lang;
	return (key, options) => translate(key, { lng, ...options });
}

/** Labels for configured ids (bands, topics, audiences, frameworks); the texts live in the UI strings. */
export function kitLabels(t: Translate) {
	return {
		band(band: string) {
			const [from, to] = band.split('-');
			return t('kit.band.label', { from, to });
		},
		minutes: (count: number) => t('kit.lesson.minutes', { count }),
		topic: (id: string) => t(`kit.topic.${id}`),
		audience: (id: string) => t(`kit.audience.${id}`),
		framework: (id: string) => t(`kit.framework.${id}`),
		kind: (id: string) => t(`kit.kind.${id}`),
	};
}
