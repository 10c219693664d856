/**
 * UI strings the build has already looked up. Every page and every lesson asks i18next for the
 * same few strings ("Slide", "Show the answer", "(5 minutes)"), and each lookup goes through
 * i18next's interpolation, nesting and plural rules, though the answer cannot change while the
 * site builds. A lookup is kept only when its values are numbers (counts, minutes, question
 * numbers) or absent, so what is kept is bounded by the UI strings, not by the catalogue.
 */
export class StringMemory {
	readonly #strings = new Map<string, string>();

	/** Whether a lookup with these values is kept: none, or only numbers. */
	static keeps(values: Record<string, unknown> | undefined): boolean {
		return values === undefined || Object.values(values).every((value) => typeof value === 'number');
	}

	/**
	 * The string for `key` in `lang` with `values`, from memory if asked before, else from `lookup`.
	 * Values other than numbers (titles, names) are passed to `lookup` every time.
	 */
	recall(
		lang: string,
		key: string,
		values: Record<string, unknown> | undefined,
		lookup: () => string,
	): string {
		const id = memoryId(lang, key, values);
		if (id === undefined) return lookup();
		let text = this.#strings.get(id);
		if (text === undefined) this.#strings.set(id, (text = lookup()));
		return text;
	}
}

/** Where a lookup is kept, or undefined when its values are not all numbers. */
function memoryId(
	lang: string,
	key: string,
	values: Record<string, unknown> | undefined,
): string | undefined {
	let id = `${lang}\u0000${key}`;
	if (!values) return id;
	for (const name of Object.keys(values).sort()) {
		const value = values[name];
		if (typeof value !== 'number') return undefined;
		id += `\u0000${name}=${value}`;
	}
	return id;
}
