import type { Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import type { SourceLine } from '../source-line.ts';
import { mdastToLines } from './mdast-lines.ts';

const processor = unified().use(rehypeParse).use(rehypeRemark);

/**
 * HTML goes through rehype into the same Markdown tree as .md files, so one structure stage reads both. Scripts,
 * styles and markup are dropped; statute text is never rendered as HTML downstream.
 */
export function readHtml(html: string): { lines: SourceLine[]; title: string | null } {
  const cleaned = html
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    // Old statute sites lay pages out with tables: read cells as blocks, not as one table row.
    .replace(/<\/?(?:table|tbody|thead|tfoot|tr|td|th|center)\b[^>]*>/gi, '<div>')
    // A <br> separates a heading from its text ("CHAPTER I<br>PRELIMINARY PROVISIONS"): make it a block break.
    .replace(/<br\s*\/?>/gi, '</p><p>');
  const title = cleaned.match(/<title[^>]*>([\s\S]*?)<\/title>/i)?.[1].replace(/\s+/g, ' ').trim() || null;
  const tree = processor.runSync(processor.parse(cleaned)) as Root;
  const { lines } = mdastToLines(tree, null);
  return { lines, title };
}
