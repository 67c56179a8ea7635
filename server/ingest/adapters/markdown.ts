import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import type { SourceLine } from '../structure/types.ts';
import { mdastToLines } from './mdast-lines.ts';
import { textToLines } from './text.ts';

export interface MarkdownRead {
  lines: SourceLine[];
  frontmatter: Record<string, unknown> | null;
  /** True when the file had no Markdown syntax and was read as plain (PDF) text. */
  readAsText: boolean;
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

const FRONTMATTER = /^---\n([\s\S]*?)\n---(?:\n|$)/;
/** Evidence of Markdown. Numbered lines are not: "1." at a line start is how statutes number sections. */
const MD_SYNTAX = /^(?:#{1,6}\s|\s{0,3}[-*+]\s+\S|>\s|\|.*\|\s*$|```)|\*\*\S|\]\(|<!--/gm;
/** Chunk size for parsing: remark-parse is super-linear on some long documents, so it never sees more at once. */
const CHUNK = 32 * 1024;

/** Is this ".md" really text extracted from a PDF, with no Markdown syntax to speak of? */
export function looksLikePlainText(body: string): boolean {
  const lines = body.split('\n').length;
  let marks = 0;
  MD_SYNTAX.lastIndex = 0;
  while (MD_SYNTAX.exec(body) && marks < 10_000) marks++;
  return marks < Math.max(3, lines / 200);
}

/** Split at blank lines outside fenced code, into pieces of about CHUNK characters. */
export function chunkMarkdown(body: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  let fenced = false;
  let pos = 0;
  while (pos < body.length) {
    const nl = body.indexOf('\n', pos);
    const end = nl < 0 ? body.length : nl + 1;
    const line = body.slice(pos, end);
    if (/^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced;
    if (!fenced && pos - start >= CHUNK && line.trim() === '') {
      chunks.push(body.slice(start, end));
      start = end;
    }
    pos = end;
  }
  if (start < body.length) chunks.push(body.slice(start));
  return chunks;
}

/** A block with no inline markup, lists, tables or quotes reads the same with or without a Markdown parser. */
const COMPLEX_CHARS = /[*_[\]<>`|\\!~]/;
/**
 * Lines that make Markdown structure. Numbered lines ("2.") and indentation are not counted: in statute text they
 * are section numbers and layout, and the structure stage reads them either way; a lone "-" is a dash, not a
 * heading underline.
 */
const COMPLEX_LINE = /^(?:\s{0,3}[-*+]\s+\S|\s{0,3}>|\s{0,3}(?:={3,}|-{3,})\s*$)/m;
/** An ATX heading; "####Purpose" without the space is a broken one, read as a heading all the same. */
const ATX = /^\s{0,3}(#{1,6})(?:\s+|(?=[^\s#]))(.*?)(?:\s+#+)?\s*$/;

function isSimple(block: string): boolean {
  return !COMPLEX_CHARS.test(block) && !COMPLEX_LINE.test(block);
}

export function readMarkdown(text: string): MarkdownRead {
  let body = text;
  let frontmatter: Record<string, unknown> | null = null;
  const fm = body.match(FRONTMATTER);
  if (fm) {
    try {
      const parsed = parseYaml(fm[1]);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) frontmatter = parsed as Record<string, unknown>;
    } catch {
      frontmatter = null; // Not YAML after all: keep it as text.
    }
    if (frontmatter) body = body.slice(fm[0].length);
  }
  if (looksLikePlainText(body)) return { lines: textToLines(body), frontmatter, readAsText: true };
  // remark-parse costs far more per character than the structure stage, and more than linearly on long inputs:
  // blocks without Markdown syntax are read directly, the others are parsed in chunks of at most CHUNK characters.
  const lines: SourceLine[] = [];
  let block = 0;
  let pending: string[] = [];
  let pendingSize = 0;
  const flush = () => {
    if (!pending.length) return;
    const chunk = pending.join('\n\n');
    const read = mdastToLines(processor.parse(chunk) as Root, chunk, block);
    for (const l of read.lines) lines.push(l);
    block = read.nextBlock;
    pending = [];
    pendingSize = 0;
  };
  for (const piece of chunkMarkdown(body)) {
    for (const raw of splitBlocks(piece)) {
      if (!raw.trim()) continue;
      if (!isSimple(raw)) {
        pending.push(raw);
        pendingSize += raw.length;
        if (pendingSize >= CHUNK) flush();
        continue;
      }
      flush();
      for (const line of raw.split('\n')) {
        const t = line.trim();
        if (!t) continue;
        const h = line.match(ATX);
        if (h) { if (h[2].trim()) lines.push({ text: h[2].trim(), block: ++block, mdHeading: h[1].length }); block++; continue; }
        lines.push({ text: t, block });
      }
      block++;
    }
  }
  flush();
  return { lines, frontmatter, readAsText: false };
}

/** Blocks separated by blank lines; a fenced code block stays whole. */
function splitBlocks(text: string): string[] {
  if (!/```|~~~/.test(text)) return text.split(/\n[ \t]*\n/);
  return [text];
}
