import {
	ELEMENT_NODE,
	h,
	parse,
	renderSync,
	TEXT_NODE,
	walkSync,
	type DocumentNode,
	type ElementNode,
	type Node,
} from 'ultrahtml';

export type { ElementNode, Node };

interface Edit {
	start: number;
	end: number;
	text: string;
}

/**
 * HTML edited as a tree: ultrahtml (the parser Astro and Starlight use) parses it once; callers
 * find elements in the tree and change them through this class, which writes only the changed
 * parts again and keeps every other byte as it was. Re-printing a whole page would cost more than
 * parsing it, and this runs on every built page (src/security/). ultrahtml is also several times
 * faster than hast (parse5); hast stays where slides are built from blocks (src/present/).
 * Attribute values are as written, character references and all
 * (`href="/a?b=1&amp;c=2"`), and are written back the same way.
 */
export class HtmlEdit {
	/** The parsed HTML: its `children` are the top-level nodes (text and comments too). */
	readonly document: DocumentNode;
	/** Every element, in document order. */
	readonly elements: ElementNode[] = [];
	readonly #source: string;
	/** Parts of the source to replace (an insertion starts and ends at the same place). */
	readonly #edits: Edit[] = [];
	/** Start tags to write again, one per element however often it changes. */
	readonly #startTags = new Map<ElementNode, Edit>();

	constructor(html: string) {
		this.#source = html;
		this.document = parse(html) as DocumentNode;
		walkSync(this.document, (node) => {
			if (node.type === ELEMENT_NODE) this.elements.push(node);
		});
	}

	/** Sets an attribute: the element's start tag is written again with its attributes as they are then. */
	setAttribute(element: ElementNode, name: string, value: string) {
		element.attributes[name] = value;
		this.#writeStartTag(element);
	}

	/** Takes an attribute off: the element's start tag is written again without it. */
	removeAttribute(element: ElementNode, name: string) {
		if (!(name in element.attributes)) return;
		delete element.attributes[name];
		this.#writeStartTag(element);
	}

	#writeStartTag(element: ElementNode) {
		const [start] = element.loc;
		this.#startTags.set(element, { start: start.start, end: start.end, text: startTag(element) });
	}

	/** Puts new elements, made with ultrahtml's `h`, first inside `element`. */
	prepend(element: ElementNode, ...children: ReturnType<typeof h>[]) {
		const at = element.loc[0].end;
		this.#edits.push({ start: at, end: at, text: children.map((child) => renderSync(child)).join('') });
	}

	/**
	 * Puts new elements, made with ultrahtml's `h`, just before `element`, or at the very end of
	 * the HTML when it is undefined. (Text nodes have no place in ultrahtml's tree to insert at.)
	 */
	insertBefore(element: ElementNode | undefined, ...children: ReturnType<typeof h>[]) {
		const at = element ? element.loc[0].start : this.#source.length;
		this.#edits.push({ start: at, end: at, text: children.map((child) => renderSync(child)).join('') });
	}

	/** The element as written in the source, start tag to end tag, changes left out. */
	sourceOf(element: ElementNode): string {
		return this.#source.slice(element.loc[0].start, element.loc[1].end);
	}

	/** Takes the element, and all it holds, out. */
	remove(element: ElementNode) {
		this.#edits.push({ start: element.loc[0].start, end: element.loc[1].end, text: '' });
	}

	/** The HTML with the changes made. */
	toString(): string {
		const edits = [...this.#edits, ...this.#startTags.values()].sort(
			(a, b) => a.start - b.start || a.end - b.end,
		);
		let html = '';
		let done = 0;
		for (const { start, end, text } of edits) {
			if (start < done) continue; // inside an element that was removed
			html += this.#source.slice(done, start) + text;
			done = end;
		}
		return html + this.#source.slice(done);
	}
}

/**
 * An element's start tag, from its attributes. Values are as ultrahtml read them, so a value that
 * was written in single quotes may hold a `"`: it becomes a reference to stay inside its quotes.
 * Empty values are written as bare names (`hidden`), as Astro writes them.
 */
function startTag({ name, attributes }: ElementNode): string {
	const written = Object.entries(attributes).map(([key, value]) =>
		value === '' ? ` ${key}` : ` ${key}="${value.replaceAll('"', '&quot;')}"`,
	);
	return `<${name}${written.join('')}>`;
}

/** The element's text, as written (a script's code as it is in the page). */
export function textOf(element: ElementNode): string {
	return element.children
		.map((child) =>
			child.type === ELEMENT_NODE ? textOf(child) : child.type === TEXT_NODE ? child.value : '',
		)
		.join('');
}

export { h };
