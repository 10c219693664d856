/**
 * Turns a kit page (MDX with the kit's frontmatter and Markdown syntax) into plain Starlight
 * Markdown with the same text, so the benchmark compares like with like: the kit's lesson plan
 * fields become Markdown sections, teacher notes become Starlight asides, quiz blocks become
 * plain text and task lists, and `:minutes[N]` becomes "(N min)".
 */

/** Frontmatter keys that plain Starlight understands; they are kept as they are. */
const STARLIGHT_KEYS = new Set(['title', 'description', 'tableOfContents', 'sidebar', 'template', 'hero']);
/** Frontmatter keys whose text the kit shows on the page, with the heading they get here. */
const TEXT_KEYS: Record<string, string> = {
	objectives: 'Objectives',
	keyPoints: 'Key points',
	materials: 'Materials',
	preparation: 'Preparation',
	contentNote: 'Content note',
	curriculumLinks: 'Curriculum links',
	sources: 'Sources',
};
/** Starlight's own asides, kept in plain Markdown. */
const ASIDES = new Set(['note', 'tip', 'caution', 'danger']);

export interface KitPage {
	/** Top-level frontmatter values as raw YAML lines, by key. */
	fields: Map<string, string[]>;
	body: string;
}

/** Splits a page into its frontmatter blocks (one per top-level key) and its body. */
export function readKitPage(source: string): KitPage {
	const match = /^---\n([\s\S]*?)\n---\n?/.exec(source);
	const yaml = match?.[1]?.split('\n') ?? [];
	const fields = new Map<string, string[]>();
	let key = '';
	for (const line of yaml) {
		const top = /^([A-Za-z]+):/.exec(line);
		if (top) fields.set((key = top[1]!), []);
		fields.get(key)?.push(line);
	}
	return { fields, body: source.slice(match?.[0].length ?? 0) };
}

const unquote = (text: string) =>
	text
		.trim()
		.replace(/^"(.*)"$/, '$1')
		.replace(/\\"/g, '"');

/** One frontmatter block (`objectives:` and its indented lines) as a Markdown section. */
function fieldAsMarkdown(heading: string, lines: string[]): string {
	const out = [`## ${heading}`, ''];
	const inline = lines[0]!.replace(/^[A-Za-z]+:\s*/, '');
	if (inline && !/^[>|]-?$/.test(inline)) out.push(unquote(inline));
	for (const line of lines.slice(1)) {
		const item = /^\s*- (?:[A-Za-z]+: )?(.*)$/.exec(line);
		const field = /^\s+[A-Za-z]+: (.*)$/.exec(line);
		if (item) out.push(`- ${unquote(item[1]!)}`);
		else if (field) out.push(`  ${unquote(field[1]!)}`);
		else if (line.trim()) out.push(line.trim());
	}
	return out.join('\n');
}

/**
 * The page's body as plain Markdown. With `teacherNotes: false` (a student view), teacher notes
 * are left out, as the kit's student view leaves them out.
 */
export function plainBody(body: string, { teacherNotes = true } = {}): string {
	const out: string[] = [];
	/** For each open directive: 'keep' its fences, 'drop' its fences only, 'skip' it whole. */
	const open: ('keep' | 'drop' | 'skip')[] = [];
	for (const line of body.split('\n')) {
		const directive = /^:::(\w+)(\[[^\]]*\])?(\{[^}]*\})?\s*$/.exec(line);
		const skipping = open.includes('skip');
		if (directive) {
			const [, name, label = ''] = directive;
			if (name === 'teacher') {
				open.push(teacherNotes ? 'keep' : 'skip');
				if (teacherNotes && !skipping) out.push(`:::note${label || '[Teacher note]'}`);
			} else if (ASIDES.has(name!)) {
				open.push('keep');
				if (!skipping) out.push(line);
			} else {
				open.push('drop');
			}
			continue;
		}
		if (/^:::\s*$/.test(line) && open.length > 0) {
			const closed = open.pop();
			if (closed === 'keep' && !open.includes('skip')) out.push(':::');
			continue;
		}
		if (!skipping) out.push(line.replace(/:minutes\[(\d+)\]/g, '($1 min)'));
	}
	return out.join('\n');
}

/**
 * A kit page as a plain Starlight Markdown page with the same text. `plan: false` leaves out the
 * lesson plan fields and `teacherNotes: false` the teacher notes (a student view); `hidden` keeps
 * the page out of the sidebar, as the kit's generated pages are.
 */
export function plainPage(source: string, { teacherNotes = true, plan = true, hidden = false } = {}): string {
	const { fields, body } = readKitPage(source);
	const sections = Object.entries(TEXT_KEYS)
		.filter(([key]) => plan && fields.has(key))
		.map(([key, heading]) => fieldAsMarkdown(heading, fields.get(key)!));
	const sourcesAt = sections.findIndex((section) => section.startsWith('## Sources'));
	const sources = sourcesAt >= 0 ? sections.splice(sourcesAt, 1) : [];
	const head = [...fields]
		.filter(([name]) => STARLIGHT_KEYS.has(name) && !(hidden && name === 'sidebar'))
		.flatMap(([, lines]) => lines);
	if (hidden) head.push('sidebar:', '  hidden: true');
	return `---\n${head.join('\n')}\n---\n\n${[...sections, plainBody(body, { teacherNotes }), ...sources].join('\n\n')}\n`;
}

/** The title of a kit page, for lists. */
export function pageTitle(source: string): string {
	return unquote(
		readKitPage(source)
			.fields.get('title')?.[0]
			?.replace(/^title:\s*/, '') ?? '',
	);
}
