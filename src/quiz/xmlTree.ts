import {
	DOMImplementation,
	DOMParser,
	XMLSerializer,
	type Document,
	type Element,
	type Node,
} from '@xmldom/xmldom';

/** A child of {@link XmlTree.el}: an element, text (escaped when written), or nothing. */
export type XmlChild = Node | string | false | undefined;

const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/**
 * An XML document built as a tree with @xmldom/xmldom, so escaping and namespaces are the
 * serializer's work, not string templates'. Every element is in the document's one namespace.
 * Written with two-space indents, except inside elements named in `inline`, which hold text,
 * markup or short runs that read better on one line.
 */
export class XmlTree {
	readonly doc: Document;
	readonly #namespace: string;
	readonly #inline: Set<string>;

	constructor(namespace: string, { inline = [] }: { inline?: string[] } = {}) {
		this.#namespace = namespace;
		this.#inline = new Set(inline);
		this.doc = new DOMImplementation().createDocument(namespace, '', null);
	}

	/**
	 * An element with attributes and children. Attribute names with a prefix are in their
	 * namespace: `xsi:` (declared on the element) and `xml:`.
	 */
	readonly el = (name: string, attributes: Record<string, string | number> = {}, ...children: XmlChild[]) =>
		this.#element(name, attributes, children);

	/** The document's element, declaring its namespace first; written with an XML declaration. */
	toString(name: string, attributes: Record<string, string | number>, ...children: XmlChild[]): string {
		const root = this.#element(name, attributes, children, true);
		this.doc.appendChild(root);
		this.#indent(root, 0);
		return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(this.doc)}\n`;
	}

	#element(name: string, attributes: Record<string, string | number>, children: XmlChild[], isRoot = false) {
		const element = this.doc.createElementNS(this.#namespace, name);
		if (isRoot) element.setAttributeNS(XMLNS_NS, 'xmlns', this.#namespace);
		for (const [key, value] of Object.entries(attributes)) {
			if (key.startsWith('xsi:')) {
				element.setAttributeNS(XMLNS_NS, 'xmlns:xsi', XSI_NS);
				element.setAttributeNS(XSI_NS, key, String(value));
			} else if (key.startsWith('xml:')) element.setAttributeNS(XML_NS, key, String(value));
			else element.setAttribute(key, String(value));
		}
		for (const child of children) {
			if (child === false || child === undefined) continue;
			element.appendChild(typeof child === 'string' ? this.doc.createTextNode(child) : child);
		}
		return element;
	}

	/** Markup written elsewhere as XHTML (quiz content), as nodes of this document's namespace. */
	markup(xhtml: string): Node[] {
		const wrapper = new DOMParser().parseFromString(
			`<wrapper xmlns="${this.#namespace}">${xhtml}</wrapper>`,
			'text/xml',
		).documentElement!;
		return Array.from(wrapper.childNodes).map((node) => this.doc.importNode(node, true));
	}

	#indent(element: Element, depth: number) {
		const children = Array.from(element.childNodes);
		if (this.#inline.has(element.localName!) || children.length === 0) return;
		if (children.some((child) => child.nodeType !== child.ELEMENT_NODE)) return;
		for (const child of children) {
			element.insertBefore(this.doc.createTextNode(`\n${'  '.repeat(depth + 1)}`), child);
			this.#indent(child as Element, depth + 1);
		}
		element.appendChild(this.doc.createTextNode(`\n${'  '.repeat(depth)}`));
	}
}
