import type { BlockContent, Heading, List, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Properties } from 'hast';

/**
 * A report's outline as an mdast tree: headings, paragraphs, lists and tables, built once and rendered to Markdown
 * (outline-markdown.ts) and to a printable HTML page (outline-html.ts). Statute text only ever enters as text
 * nodes, so each renderer escapes it for its own format. `props` are HTML classes and attributes (mdast's
 * data.hProperties); Markdown ignores them.
 */

declare module 'mdast' {
  /** A group of blocks that prints together (an article's finding, the heat map's page): <section> or <div>. */
  interface Group extends Parent {
    type: 'group';
    children: Array<BlockContent | Group>;
  }
  interface RootContentMap {
    group: Group;
  }
  interface BlockContentMap {
    group: Group;
  }
}

type Inline = string | PhrasingContent;
type Props = Properties;

function withProps<T extends Paragraph | TableCell>(node: T, props?: Props): T {
  return props ? { ...node, data: { ...node.data, hProperties: props } } : node;
}

/** Text as the report prints it: one line (statute text arrives with the line breaks of its source). */
const text = (value: string): PhrasingContent => ({ type: 'text', value: value.replace(/\s+/g, ' ') });
const inline = (x: Inline): PhrasingContent => (typeof x === 'string' ? text(x) : x);
export const strong = (...children: Inline[]): PhrasingContent => ({ type: 'strong', children: children.map(inline) });
/** A link only for an http(s) address; anything else stays words. */
export const linkOrText = (value: string): PhrasingContent =>
  /^https?:\/\/[^\s"'<>]+$/.test(value) ? { type: 'link', url: value, children: [text(value)] } : text(value);

export const heading = (depth: Heading['depth'], ...children: Inline[]): Heading => ({ type: 'heading', depth, children: children.map(inline) });
export const paragraph = (children: Inline | Inline[], props?: Props): Paragraph =>
  withProps({ type: 'paragraph', children: (Array.isArray(children) ? children : [children]).map(inline) }, props);
export const list = (items: Array<Inline | Inline[]>, ordered = false): List => ({
  type: 'list',
  ordered,
  spread: false,
  children: items.map((item) => ({ type: 'listItem', spread: false, children: [paragraph(item)] })),
});

const cell = (x: Inline | Inline[] | { children: Inline[]; props: Props }): TableCell => {
  if (typeof x === 'object' && 'props' in x) return withProps({ type: 'tableCell', children: x.children.map(inline) }, x.props);
  return { type: 'tableCell', children: (Array.isArray(x) ? x : [x]).map(inline) };
};
export type Cell = Parameters<typeof cell>[0];

/** A table whose first row is its header; `align` per column ('center' for a heat map's symbols). */
export function table(head: Cell[], rows: Cell[][], align?: Table['align']): Table {
  const row = (cells: Cell[]): TableRow => ({ type: 'tableRow', children: cells.map(cell) });
  return { type: 'table', align: align ?? head.map(() => null), children: [row(head), ...rows.map(row)] };
}

/** Blocks that print together: an HTML <section> (or another element) with these classes. */
export const group = (children: RootContent[], tagName = 'section', props?: Props): RootContent =>
  ({ type: 'group', children, data: { hName: tagName, hProperties: props } }) as RootContent;

export const outline = (children: RootContent[]): Root => ({ type: 'root', children });
