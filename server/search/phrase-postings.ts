import { countPhrase, maxGaps, type Occurrences } from './phrase-match.ts';
import type { Segment } from './segment.ts';
import { FIELD_NAMES } from './types.ts';

/** The provisions of one shard where a phrase occurs in one field, and how many times (its term frequency). */
export interface PhraseList {
  locals: Uint32Array;
  hits: Uint16Array;
  /** BM25 posting weights for the current statistics (see bm25.ts); set by Shard.normalise. */
  weights?: Float64Array;
}

/** Stems and the stop words allowed between them identify a phrase ("aiding or abetting" != "aiding abetting"). */
export function phraseKey(stems: readonly string[], gaps: readonly string[][]): string {
  return `${stems.join(' ')}|${gaps.map((g) => g.join(' ')).join(',')}`;
}

/** Index of the first entry >= `value` in locals[from, to) (galloping: lists of common words are long). */
function gallop(locals: Uint32Array, from: number, to: number, value: number): number {
  let step = 1;
  let hi = from;
  while (hi < to && locals[hi] < value) {
    from = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > to) hi = to;
  while (from < hi) {
    const mid = (from + hi) >>> 1;
    if (locals[mid] < value) from = mid + 1;
    else hi = mid;
  }
  return from;
}

/**
 * Where a phrase occurs in one field of a segment: the posting lists of its words are intersected starting
 * from the shortest, then each candidate's positions are checked (lunr has no phrase queries). `text(local)`
 * gives the field's text, for the stop words between the words. Dead provisions are included; callers skip them.
 */
export function phraseList(seg: Segment, f: number, ids: readonly number[], gaps: readonly string[][], text: (local: number) => string): PhraseList {
  const n = ids.length;
  const { termStart, locals, occStart, starts, lens } = seg.fields[f];
  const cursor = new Int32Array(n);
  const end = new Int32Array(n);
  const found = new Int32Array(n);
  let shortest = 0;
  for (let k = 0; k < n; k++) {
    cursor[k] = termStart[ids[k]];
    end[k] = termStart[ids[k] + 1];
    if (end[k] - cursor[k] < end[shortest] - cursor[shortest]) shortest = k;
  }
  const outLocals: number[] = [];
  const outHits: number[] = [];
  const occ: Occurrences[] = ids.map(() => ({ starts, lens, from: 0, to: 0 }));
  const limits = maxGaps(gaps);
  scan: for (let p = cursor[shortest]; p < end[shortest]; p++) {
    const local = locals[p];
    for (let k = 0; k < n; k++) {
      if (k === shortest) {
        found[k] = p;
        continue;
      }
      const at = gallop(locals, cursor[k], end[k], local);
      cursor[k] = at;
      if (at >= end[k]) break scan;
      if (locals[at] !== local) continue scan;
      found[k] = at;
    }
    for (let k = 0; k < n; k++) {
      occ[k].from = occStart[found[k]];
      occ[k].to = occStart[found[k] + 1];
    }
    const hits = countPhrase(text(local), occ, gaps, limits);
    if (hits > 0) {
      outLocals.push(local);
      outHits.push(Math.min(65535, hits));
    }
  }
  return { locals: Uint32Array.from(outLocals), hits: Uint16Array.from(outHits) };
}

/** A phrase in every field of a segment, or null when one of its words is not in the segment at all. */
export function phraseLists(seg: Segment, stems: readonly string[], gaps: readonly string[][], text: (local: number, f: number) => string): PhraseList[] | null {
  const ids = stems.map((s) => seg.termId(s));
  if (ids.some((id) => id < 0)) return null;
  return FIELD_NAMES.map((_, f) => phraseList(seg, f, ids, gaps, (local) => text(local, f)));
}
