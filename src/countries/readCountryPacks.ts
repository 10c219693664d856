import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { countryPackSchema, packWordsSchema } from '../schemas/countryPackSchema.ts';
import { formatIssues } from '../schemas/formatIssues.ts';
import { checkCountryPacks, type CountryPackFiles } from './checkCountryPacks.ts';

/**
 * Every pack under `countries/`, read and checked. Throws one error listing every problem in every
 * file, each with the file, the field and what to do, so nothing broken is ever published.
 */
export function readCountryPacks(dir: string, locales: string[], sourceLocale: string): CountryPackFiles[] {
	if (!existsSync(dir))
		throw new Error(`${dir} is missing: the kit needs country packs (countries/README.md).`);
	const problems: string[] = [];
	const packs: CountryPackFiles[] = [];
	for (const folder of readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
		const base = `countries/${folder.name}`;
		const facts = parse(
			join(dir, folder.name, 'pack.json'),
			`${base}/pack.json`,
			countryPackSchema,
			problems,
		);
		const words: CountryPackFiles['words'] = {};
		for (const name of readdirSync(join(dir, folder.name)).filter(
			(file) => file.endsWith('.json') && file !== 'pack.json',
		)) {
			const parsed = parse(join(dir, folder.name, name), `${base}/${name}`, packWordsSchema, problems);
			if (parsed) words[name.replace(/\.json$/, '')] = parsed;
		}
		if (facts) packs.push({ folder: folder.name, facts, words });
	}
	problems.push(...checkCountryPacks(packs, locales, sourceLocale));
	if (!packs.some((pack) => pack.facts.country === 'international'))
		problems.push(
			'countries/international/ is missing: it lists the help that works from anywhere (countries/README.md).',
		);
	if (problems.length > 0)
		throw new Error(
			`The country packs have ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
		);
	return packs;
}

function parse<T extends z.ZodType>(
	path: string,
	file: string,
	schema: T,
	problems: string[],
): z.infer<T> | undefined {
	if (!existsSync(path)) {
		problems.push(`${file} is missing (countries/README.md).`);
		return undefined;
	}
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		problems.push(`${file}: not valid JSON (${(error as Error).message}).`);
		return undefined;
	}
	const result = schema.safeParse(data);
	if (!result.success) {
		problems.push(`${file} is not valid:\n${formatIssues(result.error.issues).replace(/^/gm, '    ')}`);
		return undefined;
	}
	return result.data;
}
