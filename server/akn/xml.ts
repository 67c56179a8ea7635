/**
 * A tiny XML writer. Statute text is untrusted: every text and attribute value goes through `escapeXml`, and
 * element names are fixed by our code, so no input can open or close a tag.
 */

export interface XmlElement {
  name: string;
  attrs?: Record<string, string | number | undefined>;
  children?: XmlNode[];
}

export type XmlNode = XmlElement | string;

/** Characters XML 1.0 forbids (control characters from OCR and PDF extraction) are dropped. */
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(forbidden, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const validName = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;

export function el(name: string, attrs?: XmlElement['attrs'], children?: XmlNode[]): XmlElement {
  return { name, attrs, children };
}

export function renderXml(node: XmlNode, indent = 0): string {
  if (typeof node === 'string') return escapeXml(node);
  if (!validName.test(node.name)) throw new Error(`invalid XML element name: ${node.name}`);
  const pad = '  '.repeat(indent);
  const attrs = Object.entries(node.attrs ?? {})
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => {
      if (!validName.test(k)) throw new Error(`invalid XML attribute name: ${k}`);
      return ` ${k}="${escapeXml(String(v))}"`;
    })
    .join('');
  const children = node.children ?? [];
  if (children.length === 0) return `${pad}<${node.name}${attrs}/>`;
  if (children.every((c) => typeof c === 'string')) {
    return `${pad}<${node.name}${attrs}>${children.map((c) => escapeXml(c as string)).join('')}</${node.name}>`;
  }
  const inner = children.map((c) => (typeof c === 'string' ? `${'  '.repeat(indent + 1)}${escapeXml(c)}` : renderXml(c, indent + 1)));
  return `${pad}<${node.name}${attrs}>\n${inner.join('\n')}\n${pad}</${node.name}>`;
}

export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderXml(root)}\n`;
}
