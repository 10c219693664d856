import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { KitConfig } from '../../../src/schemas/kitConfigSchema.ts';
import { projectRoot } from '../projectRoot.ts';
import { pageTitle, plainPage, readKitPage } from './plainMarkdown.ts';
import type { GeneratedLesson } from './scaleFixture.ts';

/**
 * The pages of the plain Starlight site the bench measures the kit against, as Markdown files
 * by path under `src/content/docs/`: one plain page for every page the kit builds, with about the
 * same text, so both sites build (close to) the same number of pages.
 *
 * The same: every content page in every locale that has its own (en, nl) with its own text, the
 * others falling back to English as in the kit; per lesson and locale, the lesson page and three
 * hidden pages for the kit's student view, slides and speaker view (the student text; the speaker
 * view with the teacher notes); per locale, a help page per country with help and one for "other",
 * a law page per country pack and the law index, each with that pack's facts and its words in the
 * locale; the catalogue, a page per age band, curriculum, translation status and offline pages; generated lessons in
 * every locale's own folder.
 * Not the same: the kit's components (quiz, law cards, lesson overview, slide layout, its own
 * sidebar by age band) are plain Markdown here, the catalogue and curriculum are English pages the
 * other locales fall back to, and the kit's UI strings (headings, labels) are left out.
 */
export function plainSitePages(kit: KitConfig, generated: GeneratedLesson[]) {
	const pages = new Map<string, string>();
	/** Images next to lessons, copied for every locale with its own lessons (they link `./images/`). */
	const assets = new Map<string, string>();
	const english = join(projectRoot, 'lessons', kit.defaultLocale);
	const lessons: { locale: string; path: string; source: string }[] = [];
	/** Every English page's title and path, for the translation status pages. */
	const englishPages: string[] = [];

	const addLesson = (locale: string, path: string, source: string) => {
		pages.set(`${locale}/${path}.md`, plainPage(source));
		// The student view and slides: the lesson without plan and teacher notes; the speaker view keeps the notes.
		const student = plainPage(source, { plan: false, teacherNotes: false, hidden: true });
		const speaker = plainPage(source, { plan: false, hidden: true });
		pages.set(`${locale}/${path}/student.md`, student.replaceAll('](./images/', '](../images/'));
		pages.set(`${locale}/${path}/present.md`, student.replaceAll('](./images/', '](../images/'));
		pages.set(`${locale}/${path}/present/speaker.md`, speaker.replaceAll('](./images/', '](../../images/'));
		lessons.push({ locale, path, source });
	};

	for (const { code } of kit.locales) {
		const folder = join(projectRoot, 'lessons', code);
		if (!existsSync(folder)) continue;
		for (const file of readdirSync(folder, { recursive: true, withFileTypes: true })) {
			if (!file.isFile() || !/\.mdx?$/.test(file.name)) continue;
			const path = relative(folder, join(file.parentPath, file.name)).replace(/\.mdx?$/, '');
			const source = readFileSync(join(file.parentPath, file.name), 'utf8');
			if (code === kit.defaultLocale) englishPages.push(`${pageTitle(source)} (${path})`);
			if (readKitPage(source).fields.get('kind')?.[0]?.includes('lesson')) addLesson(code, path, source);
			else pages.set(`${code}/${path}.md`, plainPage(source));
		}
		for (const file of readdirSync(english, { recursive: true, withFileTypes: true })) {
			if (file.isFile() && !/\.mdx?$/.test(file.name)) {
				const from = join(file.parentPath, file.name);
				assets.set(`${code}/${relative(english, from)}`, from);
			}
		}
	}
	for (const { code } of kit.locales) for (const { path, source } of generated) addLesson(code, path, source);
	englishPages.push(...generated.map(({ path, source }) => `${pageTitle(source)} (${path})`));

	const en = kit.defaultLocale;
	const englishLessons = lessons.filter(({ locale }) => locale === en);
	pages.set(
		`${en}/lessons/index.md`,
		hidden(
			'Lessons',
			englishLessons.map(
				({ path, source }) => `- [${pageTitle(source)}](/${en}/${path}/): ${field(source, 'description')}`,
			),
		),
	);
	pages.set(
		`${en}/curriculum.md`,
		hidden(
			'Curriculum',
			englishLessons.map(({ source }) => {
				const links = (readKitPage(source).fields.get('curriculumLinks') ?? []).filter(
					(line) => /\S: /.test(line) && !/^curriculumLinks/.test(line),
				);
				return `## ${pageTitle(source)}\n\n${links.map((line) => `- ${line.replace(/^\s*-?\s*/, '')}`).join('\n')}`;
			}),
		),
	);
	// A page per age band in every locale, as the kit's sidebar leads to: its lessons with their summaries.
	const bands = [...new Set(englishLessons.map(({ path }) => path.split('/')[1]!))];
	for (const { code } of kit.locales)
		for (const band of bands)
			pages.set(
				`${code}/lessons/${band}.md`,
				hidden(
					`Lessons for ages ${band}`,
					englishLessons
						.filter(({ path }) => path.split('/')[1] === band)
						.map(
							({ path, source }) =>
								`- [${pageTitle(source)}](/${code}/${path}/): ${field(source, 'description')}`,
						),
				),
			);
	const strings = JSON.parse(readFileSync(join(projectRoot, 'src/content/i18n', `${en}.json`), 'utf8'));
	const uiText = (prefix: string) =>
		Object.entries(strings as Record<string, string>)
			.filter(([key]) => key.startsWith(prefix))
			.map(([, text]) => text);
	pages.set(`${en}/offline.md`, hidden('Use it offline', uiText('kit.offline.')));
	for (const { code } of kit.locales) {
		// The translation status lists every page of the source locale with its state in this locale.
		const rows = englishPages.map((page) => `- ${page}: up to date`);
		pages.set(
			`${code}/translation-status.md`,
			hidden('Translation status', [...uiText('kit.translationStatus.'), ...rows]),
		);
		for (const [path, text] of countryPages(code, en)) pages.set(`${code}/${path}`, text);
	}
	return { pages, assets };
}

/** A page left out of the sidebar, as the kit's own pages (views, help per country, law) are. */
function hidden(title: string, lines: string[]): string {
	return `---\ntitle: ${JSON.stringify(title)}\nsidebar:\n  hidden: true\n---\n\n${lines.join('\n')}\n`;
}

function field(source: string, name: string): string {
	return (
		readKitPage(source)
			.fields.get(name)?.[0]
			?.replace(new RegExp(`^${name}:\\s*`), '') ?? ''
	);
}

/** Every string in a value, as list items. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [`- ${value}`];
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

const readJson = (path: string): any => JSON.parse(readFileSync(path, 'utf8'));

/**
 * Per locale, as the kit makes them: a help page for each country with help (its facts, its words
 * in the locale, and the services that work from anywhere), one for a country without a pack, a
 * law page for every pack (with the law of the packs it belongs to) and the law index.
 */
function countryPages(locale: string, sourceLocale: string): [string, string][] {
	const root = join(projectRoot, 'countries');
	const packs = readdirSync(root, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map(({ name }) => {
			const words = (file: string) =>
				existsSync(join(root, name, file)) ? readJson(join(root, name, file)) : {};
			const source = words(`${sourceLocale}.json`);
			const own = words(`${locale}.json`);
			return {
				name,
				facts: readJson(join(root, name, 'pack.json')),
				help: { ...source.help, ...own.help },
				law: { ...source.law, ...own.law },
			};
		});
	const international = packs.find(({ name }) => name === 'international')!;
	const everywhere = [...strings(international.facts.help), ...strings(international.help)];
	const out: [string, string][] = [];
	for (const pack of packs) {
		if (pack.name !== 'international' && pack.facts.help?.length) {
			const text = [
				...strings(pack.facts.emergency),
				...strings(pack.facts.help),
				...strings(pack.help),
				...everywhere,
			];
			out.push([`help/country/${pack.name}.md`, hidden(pack.name.toUpperCase(), text)]);
		}
		const memberOf = (pack.facts.memberOf ?? []).map((code: string) =>
			packs.find(({ name }) => name === code.toLowerCase()),
		);
		const law = [pack, ...memberOf.filter(Boolean)].flatMap((of) => [
			...strings(of.facts.law),
			...strings(of.law),
		]);
		out.push([
			`law/${pack.name}.md`,
			hidden(`Law: ${pack.name.toUpperCase()}`, [...law, ...strings(pack.facts.lawGaps)]),
		]);
	}
	out.push(['help/country/other.md', hidden('Another country', everywhere)]);
	out.push([
		'law/index.md',
		hidden(
			'Law by country',
			packs.map(({ name }) => `- [${name}](/${locale}/law/${name}/)`),
		),
	]);
	return out;
}
