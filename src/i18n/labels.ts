/** Starlight's translate function, loosened so that keys built from configured ids can be used. */
type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Labels for configured ids (bands, topics, audiences, frameworks); the texts live in the UI strings. */
export function kitLabels(t: App.Locals['t']) {
	const translate = t as unknown as Translate;
	return {
		band(band: string) {
			const [from, to] = band.split('-');
			return translate('kit.band.label', { from, to });
		},
		minutes: (count: number) => translate('kit.lesson.minutes', { count }),
		topic: (id: string) => translate(`kit.topic.${id}`),
		audience: (id: string) => translate(`kit.audience.${id}`),
		framework: (id: string) => translate(`kit.framework.${id}`),
		kind: (id: string) => translate(`kit.kind.${id}`),
	};
}
