import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { dashBlock, readMarkdown } from '../../../server/ingest/adapters/markdown.ts';
import { mdastToLines } from '../../../server/ingest/adapters/mdast-lines.ts';
import { cleanText } from '../../../server/ingest/normalise/clean-text.ts';

/** What remark itself makes of a block: the reference the fast paths must match exactly. */
const remark = unified().use(remarkParse).use(remarkGfm);
const viaRemark = (block: string) => {
  const read = mdastToLines(remark.parse(block) as Root, block, 0);
  return { lines: read.lines, blocks: read.nextBlock };
};

/** Rows of the kind flattened tariff tables leave in PDF text (made up, not from any statute). */
const ROWS = ['5', '0', '12', 'Lamp oil', 'wicks, of cotton', 'r', '.', ',', '-', '--', '---', '-----', '- Other', '- of brass',
  '### 8', '## Rates', '###', '########### e', '####### n o', '#7', '9.', '+ x', '- - x', '1. Lamps', '  indented', '= x', '===', 'a & b', '*x*'];

describe('dash blocks (flattened tables) read without remark', () => {
  it('give exactly what remark gives, or are left to remark', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...ROWS) /* eslint-disable-line no-restricted-syntax -- a short fixed list */, { minLength: 1, maxLength: 12 }), (rows) => {
      const block = rows.join('\n');
      const fast = dashBlock(block);
      if (fast) expect(fast).toEqual(viaRemark(block));
    }), { numRuns: 400 });
  });
  it('take the common table shapes', () => {
    for (const block of ['5\n-\n0', 'Lamp oil\n- of brass\nwicks', '### 8\n0\n-\n### 4', 'r\n########### e\nh\n-\n5', '-\n0\n---']) {
      expect(dashBlock(block), block).not.toBeNull();
      expect(dashBlock(block)).toEqual(viaRemark(block));
    }
    expect(dashBlock('5\n-\n0')!.lines).toEqual([{ text: '5', block: 0, mdHeading: 2 }, { text: '0', block: 1 }]);
  });
  it('leave anything else to remark', () => {
    for (const block of ['1. Lamps\n-', '  5\n-', 'a & b\n-', '- *x*', 'Lamp\n- x\n--']) expect(dashBlock(block), block).toBeNull();
  });
});

describe('Markdown read in batches', () => {
  it('reads runs of Markdown blocks separated by plain blocks as remark reads each run alone', () => {
    const doc = '- a lamp\n- a wick\n\nThe keeper shall trim the wick.\n\n- oil\n\n**PART II**\n\n2. Lamps\n';
    expect(readMarkdown(doc).lines.map((l) => l.text)).toEqual(['a lamp', 'a wick', 'The keeper shall trim the wick.', 'oil', 'PART II', '2. Lamps']);
  });
  it('falls back to one parse per run when a construct swallows the run break', () => {
    // The comment left open swallows the rest of its own run (as remark reads it), but not the next run.
    const doc = '# Lamp Act\n\n## Part I\n\n**1.** Lamps\n\n<!-- a note left open\n\n- a wick\n\nThe keeper shall trim the wick.\n\n**PART II** text\n\n- oil\n';
    expect(readMarkdown(doc).lines.map((l) => l.text)).toEqual(['Lamp Act', 'Part I', '1. Lamps', 'The keeper shall trim the wick.', 'PART II text', 'oil']);
  });
  it('never drops a "---" block in the body as front matter', () => {
    const doc = '---\ntitle: Lamp Act\n---\n\n1. Lamps\n\n---\nReading: first\n---\n\n2. Wicks\n';
    const r = readMarkdown(doc);
    expect(r.frontmatter).toEqual({ title: 'Lamp Act' });
    expect(r.lines.map((l) => l.text)).toContain('Reading: first');
  });
});

describe('character clean-up over the whole text', () => {
  /** The rules applied line by line, as they were before they ran over the whole text at once. */
  const perLine = (text: string) => text.split('\n').map((line) => line
    .replace(/ {2,}/g, ' ')
    .replace(/\(\s+([0-9A-Za-z]{1,5})\s+\)/g, '($1)')
    .replace(/\(\s+([0-9A-Za-z]{1,5})\)/g, '($1)')
    .replace(/([\w\u201d")\]]) +([,;:!?](?=\s|$)|\.(?=\s|$)|\)(?=[\s,;.]|$))/g, '$1$2')
    .replace(/([\u201c\u2018]) +/g, '$1')
    .replace(/ +([\u201d\u2019])/g, '$1')
    .trimEnd()).join('\n');
  it('gives what the per-line rules give', () => {
    const piece = fc.constantFrom('(', ')', ' ', '  ', '\n', 'a', '1', 'iv', ',', '.', ';', '\u201c', '\u201d', '\u2019', '\u2003', 'Lamp', '"');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      expect(cleanText(text, [])).toBe(perLine(text));
    }), { numRuns: 1000 });
  });
});
