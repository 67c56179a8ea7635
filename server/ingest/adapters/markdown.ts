import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import type { SourceLine } from '../source-line.ts';
import { mdastToLines } from './mdast-lines.ts';
import { textToLines } from './text.ts';

interface MarkdownRead {
  lines: SourceLine[];
  frontmatter: Record<string, unknown> | null;
  /** True when the file had no Markdown syntax and was read as plain (PDF) text. */
  readAsText: boolean;
}

/**
 * Built once: each parse call still pays micromark's set-up, which batching keeps to a few calls per file. No
 * front-matter plugin: front matter is read (FRONTMATTER) at the start of the file only, while remark sees pieces of
 * the body, where a "---" line opening a piece is a rule or a heading underline, never metadata to drop.
 */
const processor = unified().use(remarkParse).use(remarkGfm);

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

/** A fence line: three backticks or tildes after at most three spaces. */
const FENCE = /^[^\S\n]{0,3}(?:```|~~~)/;

/** Split at blank lines outside fenced code, into pieces of about CHUNK characters. One pass, no per-line copies. */
export function chunkMarkdown(body: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  let fenced = false;
  let pos = 0;
  while (pos < body.length) {
    const nl = body.indexOf('\n', pos);
    const end = nl < 0 ? body.length : nl + 1;
    if (mayOpenFence(body, pos, end) && FENCE.test(body.slice(pos, end))) fenced = !fenced;
    if (!fenced && pos - start >= CHUNK && isBlank(body, pos, end)) {
      chunks.push(body.slice(start, end));
      start = end;
    }
    pos = end;
  }
  if (start < body.length) chunks.push(body.slice(start));
  return chunks;
}

/** Cheap test before the fence pattern: the first non-space character of the line is a backtick or a tilde. */
function mayOpenFence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to && i < from + 4; i++) {
    const c = text.charCodeAt(i);
    if (c === 96 || c === 126) return true;
    if (c !== 32) return false;
  }
  return false;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 32) return false;
  return true;
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
  // remark-parse costs far more per character than the structure stage, and each call pays a fixed set-up
  // (micromark builds its construct tables afresh): blocks without Markdown syntax are read directly, and the
  // others are gathered, in document order, into batches of about CHUNK characters parsed with one call each.
  const parts: Part[] = [];
  const batch = new MarkdownBatch();
  let inRun = false;
  // An HTML block (a comment left open) in the current run may run on past blank lines: what follows it stays in
  // the run, as remark would read it.
  let runHasHtml = false;
  for (const piece of chunkMarkdown(body)) {
    for (const raw of splitBlocks(piece)) {
      if (!raw.trim()) continue;
      const simple = isSimple(raw);
      const dashes = simple || (inRun && runHasHtml) ? null : dashBlock(raw);
      if (dashes) { inRun = false; parts.push(dashes); continue; }
      if (!simple) {
        if (!inRun) { parts.push(batch.startRun()); inRun = true; runHasHtml = false; }
        batch.push(raw);
        runHasHtml ||= raw.includes('<');
        if (batch.size >= CHUNK) { batch.flush(); inRun = false; }
        continue;
      }
      inRun = false;
      parts.push(simpleBlock(raw));
    }
  }
  batch.flush();
  // Block numbers are local to each part; they are made consecutive across the document here.
  const lines: SourceLine[] = [];
  let offset = 0;
  for (const part of parts) {
    // The parts' lines were made here, so they are renumbered in place rather than copied (475,000 on a 2.8 MB bill).
    for (const l of part.lines) { l.block += offset; lines.push(l); }
    offset += part.blocks;
  }
  return { lines, frontmatter, readAsText: false };
}

/** Lines of one stretch of the document, with block numbers counted from 0, and how many blocks it used. */
interface Part {
  lines: SourceLine[];
  blocks: number;
}

/** A block without Markdown syntax, read line by line; an ATX heading line is a block of its own. */
function simpleBlock(raw: string): Part {
  const lines: SourceLine[] = [];
  let block = 0;
  for (const line of raw.split('\n')) {
    const t = line.trim();
    if (!t) continue;
    const h = t.charCodeAt(0) === 35 ? line.match(ATX) : null;
    if (h) { if (h[2].trim()) lines.push({ text: h[2].trim(), block: ++block, mdHeading: h[1].length }); block++; continue; }
    lines.push({ text: t, block });
  }
  return { lines, blocks: block + 1 };
}

/** Lines of a block that PDF text fills with dashes: plain words, a line of dashes only, or "- words". */
const PLAIN_LINE = /^[^\s\-+=#\d][^*_[\]<>`|\\!~&]*$|^\d+(?![.)\d])[^*_[\]<>`|\\!~&]*$/;
const DASH_LINE = /^-+$/;
/** An ATX heading with plain words (or none), and no closing hashes. */
const PLAIN_ATX = /^(#{1,6})(?:$| +(?![#\s])(?!.*#$)([^*_[\]<>`|\\!~&]*)$)/;
/** More hashes than a heading takes ("########### e", vertical text from a rotated table): paragraph text. */
const HASH_TEXT = /^(?:#{7,}|#{1,6}(?=[^\s#]))[^*_[\]<>`|\\!~&]*$/;
/** What mdastToLines does to a line starting with hashes: a heading whose space was lost ("###Purpose"). */
const BROKEN_HEADING = /^\s*(#{1,6})(?=\S)/;

/**
 * Flattened tables in PDF text put lone dashes, "- words" lines and runs of hashes between lines of figures ("5",
 * "-", "0"): Markdown, but only just. remark-parse pays a high price per line, and such tables run to tens of
 * thousands of lines, so blocks made only of such lines, all at the left margin, are read here by the CommonMark
 * rules they can meet, giving exactly what remark and mdastToLines give. Dashes under a paragraph make it a level-2
 * (setext) heading; under a list item's text, or with no text above, three or more dashes are a rule; one dash is
 * an empty list item (no text); two dashes with no text above start a paragraph. "- words" opens a list item whose
 * text continues on the following plain lines (lazy continuation). Any other syntax, indentation or "&" (a
 * character reference) leaves the block to remark.
 */
export function dashBlock(raw: string): Part | null {
  const lines: SourceLine[] = [];
  let block = 0;
  let para: string[] = [];
  let inItem = false;
  const emit = (rows: string[], mdHeading?: number) => {
    let any = false;
    for (const row of rows) {
      const broken = row.match(BROKEN_HEADING);
      const text = broken ? row.slice(broken[0].length).trim() : row;
      if (!text) continue;
      lines.push({ text, block, ...(mdHeading || broken ? { mdHeading: mdHeading ?? broken![1].length } : {}) });
      any = true;
    }
    if (any) block++;
  };
  const close = (mdHeading?: number) => {
    if (para.length) emit(para, mdHeading);
    para = [];
  };
  for (const row of raw.split('\n')) {
    if (!row) { close(); continue; }
    if (PLAIN_LINE.test(row) || HASH_TEXT.test(row)) {
      if (!para.length) inItem = false;
      para.push(row);
      continue;
    }
    const atx = row.match(PLAIN_ATX);
    if (atx) {
      close();
      emit([(atx[2] ?? '').trim()], atx[1].length);
      inItem = false;
    } else if (row.startsWith('- ') && PLAIN_LINE.test(row.slice(2))) {
      close();
      para.push(row.slice(2));
      inItem = true;
    } else if (DASH_LINE.test(row)) {
      if (para.length && !inItem) { close(2); continue; }
      if (para.length && row.length === 2) return null; // Lazy "--" under a list item's text: left to remark.
      close();
      if (row.length >= 3) { lines.push({ text: '-----', block: block++ }); inItem = false; }
      else if (row.length === 2) { para.push(row); inItem = false; }
      else inItem = true; // An empty list item: nothing to read.
    } else {
      return null;
    }
  }
  close();
  return { lines, blocks: block };
}

/**
 * A paragraph put between two runs of Markdown blocks that were not adjacent in the source. Coming after a blank
 * line at the left margin, it closes any list, quote or table left open, so each run parses as it would alone;
 * its node marks where one run's nodes end and the next one's begin.
 */
const RUN_BREAK = 'lexalignrunbreakq7x3';

/** Runs of Markdown blocks waiting to be parsed together; each run's Part is filled when the batch is parsed. */
class MarkdownBatch {
  private runs: Array<{ blocks: string[]; part: Part }> = [];
  /** Characters gathered so far. */
  size = 0;

  /** Opens a run of adjacent blocks; its lines are filled in at the next flush. */
  startRun(): Part {
    const part: Part = { lines: [], blocks: 0 };
    this.runs.push({ blocks: [], part });
    return part;
  }

  push(block: string): void {
    this.runs[this.runs.length - 1].blocks.push(block);
    this.size += block.length + 2;
  }

  flush(): void {
    if (!this.runs.length) return;
    const sources = this.runs.map((r) => r.blocks.join('\n\n'));
    const source = sources.join(`\n\n${RUN_BREAK}\n\n`);
    const groups = splitAtBreaks((processor.parse(source) as Root).children);
    if (groups.length === this.runs.length) {
      this.runs.forEach((r, k) => fill(r.part, { type: 'root', children: groups[k] }, source));
    } else {
      // A construct that runs past a blank line (an unclosed HTML comment) swallowed a break: parse runs one by one.
      this.runs.forEach((r, k) => fill(r.part, processor.parse(sources[k]) as Root, sources[k]));
    }
    this.runs = [];
    this.size = 0;
  }
}

function fill(part: Part, tree: Root, source: string): void {
  const read = mdastToLines(tree, source, 0);
  part.lines = read.lines;
  part.blocks = read.nextBlock;
}

function splitAtBreaks(nodes: RootContent[]): RootContent[][] {
  const groups: RootContent[][] = [[]];
  for (const node of nodes) {
    const only = node.type === 'paragraph' && node.children.length === 1 ? node.children[0] : null;
    if (only?.type === 'text' && only.value === RUN_BREAK) groups.push([]);
    else groups[groups.length - 1].push(node);
  }
  return groups;
}

/** Blocks separated by blank lines; a fenced code block stays whole. */
function splitBlocks(text: string): string[] {
  if (!/```|~~~/.test(text)) return text.split(/\n[ \t]*\n/);
  return [text];
}
