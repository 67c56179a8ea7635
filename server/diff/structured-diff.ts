import { diffArrays } from 'diff';
import { normaliseQuotes, normaliseWhitespace, stripInlineNumbering } from './normalise.ts';
import type { TextBlock } from './text-blocks.ts';
import type { DiffOp, DiffSegment } from './word-diff.ts';

/** One printed block of a diffed text, its words cut into segments: `equal`, or only on this side. */
export interface DiffBlock {
  label: string;
  level: number;
  segments: DiffSegment[];
}

export interface StructuredDiff {
  left: DiffBlock[];
  right: DiffBlock[];
  /** Share of words the two texts have in common (word mode) or of substantive words (substantive mode), 0..1. */
  similarity: number;
}

interface Word {
  block: number;
  /** As printed (shown to the reader). */
  text: string;
  /** As compared: quotes and dashes unified, edge punctuation off; any inline paragraph number ("(a)") is like another. */
  key: string;
}

const NUMBERING = '\u0000(n)';

function words(blocks: TextBlock[]): Word[] {
  const out: Word[] = [];
  blocks.forEach((b, block) => {
    for (const w of normaliseWhitespace(b.text).split(' ')) {
      if (!w) continue;
      const quoted = normaliseQuotes(w);
      // Punctuation next to a word is the sentence's, not the word's: "data;" and "data" are the same word.
      const key = stripInlineNumbering(` ${quoted} `).trim() === '' ? NUMBERING : quoted.replace(/^["'(]+|[.,;:)"'-]+$/g, '') || quoted;
      out.push({ block, text: w, key });
    }
  });
  return out;
}

/** Adds a word to its block's segments, merging it into the last segment when the op is the same. */
function append(block: DiffBlock, text: string, op: DiffOp): void {
  const last = block.segments[block.segments.length - 1];
  const sep = block.segments.length ? ' ' : '';
  if (last && last.op === op) last.text += sep + text;
  else if (last) {
    // The space between two runs stays with the shared words, so a tint never starts with a blank.
    if (op === 'equal') block.segments.push({ text: sep + text, op });
    else {
      if (last.op === 'equal') last.text += sep;
      else block.segments.push({ text: sep, op: 'equal' });
      block.segments.push({ text, op });
    }
  } else block.segments.push({ text, op });
}

const emptyBlocks = (blocks: TextBlock[]): DiffBlock[] => blocks.map((b) => ({ label: b.label, level: b.level, segments: [] }));

/**
 * Word-level differences that keep each side's structure: the diff runs over the words of the whole text (so a
 * phrase moved from (1) to (2) still matches), and each word goes back to the block it came from. Case is kept.
 * `delete` segments are words only in the left text, `insert` segments words only in the right one.
 */
export function structuredWordDiff(left: TextBlock[], right: TextBlock[]): StructuredDiff {
  const lw = words(left);
  const rw = words(right);
  const out = { left: emptyBlocks(left), right: emptyBlocks(right) };
  let li = 0;
  let ri = 0;
  let same = 0;
  for (const change of diffArrays(lw.map((w) => w.key), rw.map((w) => w.key))) {
    const n = change.count ?? change.value.length;
    for (let k = 0; k < n; k += 1) {
      if (change.added) {
        const w = rw[ri++]!;
        append(out.right[w.block]!, w.text, 'insert');
      } else if (change.removed) {
        const w = lw[li++]!;
        append(out.left[w.block]!, w.text, 'delete');
      } else {
        const l = lw[li++]!;
        const r = rw[ri++]!;
        append(out.left[l.block]!, l.text, 'equal');
        append(out.right[r.block]!, r.text, 'equal');
        same += 2;
      }
    }
  }
  const total = lw.length + rw.length;
  return { ...out, similarity: total ? Math.round((same / total) * 1000) / 1000 : 1 };
}
