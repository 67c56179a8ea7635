import type { Element, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';

/**
 * The outline as a printable, self-contained HTML page (no scripts, no external resources), to annex to a memo.
 * Statute text is text in the tree, so hast-util-to-html escapes it: it can never become markup.
 */
export function outlineHtml(tree: Root, page: { title: string; style: string }): string {
  const body = toHast(tree) as HastRoot;
  for (const node of body.children) if (node.type === 'element') markRowHeaders(node);
  const el = (tagName: string, children: Element['children'], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children });
  const html = el('html', [
    el('head', [el('meta', [], { charSet: 'utf-8' }), el('title', [{ type: 'text', value: page.title }]), el('style', [{ type: 'text', value: page.style }])]),
    el('body', body.children as Element['children']),
  ], { lang: 'en' });
  return `${toHtml({ type: 'root', children: [{ type: 'doctype' }, html] }, { characterReferences: { useNamedReferences: true } })}\n`;
}

/**
 * Each report table names its row in the first column (the article, the state): that cell is the row's header, so
 * a screen reader announces it with every cell of the row.
 */
function markRowHeaders(node: Element): void {
  if (node.tagName === 'tbody') {
    for (const row of node.children) {
      if (row.type !== 'element' || row.tagName !== 'tr') continue;
      const first = row.children.find((c): c is Element => c.type === 'element');
      if (first?.tagName === 'td') Object.assign(first, { tagName: 'th', properties: { ...first.properties, scope: 'row' } });
    }
    return;
  }
  for (const child of node.children) if (child.type === 'element') markRowHeaders(child);
}
