import type { Nodes, Parents, Root, RootContent } from 'mdast';
import type { SourceLine } from '../source-line.ts';

/** Text of a node, with hard line breaks kept as new lines (they separate headings from text in HTML). */
function toString(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if ('children' in node) return (node.children as Nodes[]).map(toString).join('');
  return '';
}

/**
 * Flatten a Markdown tree into the structure stage's lines. Headings keep their depth; list markers are read back
 * from the source ("2." is a section number in statute text, not list decoration); page rules become page breaks.
 */
export function mdastToLines(tree: Root, source: string | null, firstBlock = 0): { lines: SourceLine[]; nextBlock: number } {
  const lines: SourceLine[] = [];
  let block = firstBlock;

  const emit = (text: string, mdHeading?: number) => {
    let any = false;
    for (const raw of text.split('\n')) {
      // "###SECTION 1" without a space is a broken heading: keep the words, mark it as a heading.
      const broken = raw.match(/^\s*(#{1,6})(?=\S)/);
      const t = raw.replace(/^\s*#{1,6}(?=\S)/, '').trim();
      if (!t) continue;
      lines.push({ text: t, block, ...(mdHeading || broken ? { mdHeading: mdHeading ?? broken![1].length } : {}) });
      any = true;
    }
    if (any) block++;
  };

  const marker = (item: Nodes, child: Nodes, list: Parents, index: number): string => {
    if (list.type !== 'list' || !list.ordered) return '';
    const a = item.position?.start.offset;
    const b = child.position?.start.offset;
    if (source && a !== undefined && b !== undefined) {
      const m = source.slice(a, b === a ? a + 12 : b).match(/^\s*(\d{1,9}[.)])/);
      if (m) return `${m[1]} `;
    }
    return `${(list.start ?? 1) + index}. `;
  };

  const visit = (node: RootContent, prefix: string) => {
    switch (node.type) {
      case 'heading':
        emit(prefix + toString(node), node.depth);
        return;
      case 'paragraph':
        emit(prefix + toString(node));
        return;
      case 'code':
        emit(prefix + node.value);
        return;
      case 'html':
        if (/^\s*<!--/.test(node.value)) return;
        emit(prefix + node.value.replace(/<[^>]*>/g, ' '));
        return;
      case 'thematicBreak':
        lines.push({ text: '-----', block: block++ });
        return;
      case 'table':
        for (const row of node.children) emit(row.children.map((c) => toString(c)).join(' | '));
        return;
      case 'list':
        node.children.forEach((item, index) => {
          // "2." alone on its line is a section number that Markdown took for an empty list item.
          if (item.children.length === 0) { const m = marker(item, item, node, index).trim(); if (m) emit(m); return; }
          item.children.forEach((child, k) => visit(child as RootContent, k === 0 ? marker(item, child, node, index) : ''));
        });
        return;
      case 'blockquote':
        for (const child of node.children) visit(child as RootContent, '');
        return;
      case 'yaml':
        return;
      default:
        if ('children' in node) for (const child of (node as Parents).children) visit(child as RootContent, '');
        else if ('value' in node) emit(String((node as { value: unknown }).value));
    }
  };

  for (const node of tree.children) visit(node, '');
  return { lines, nextBlock: block };
}
