import { wordsBetween } from './analysis.ts';

/** The occurrences of one phrase word in one provision: [from, to) over a segment's flat start/length arrays. */
export interface Occurrences {
  starts: Uint32Array;
  lens: Uint16Array;
  from: number;
  to: number;
}

/** First occurrence index in [from, to) whose start is at or after `at`. */
function firstFrom(o: Occurrences, at: number): number {
  let lo = o.from;
  let hi = o.to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (o.starts[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Punctuation and spaces aside, a gap can only be as long as its allowed words; longer gaps are not looked at. */
export function maxGaps(gaps: readonly string[][]): number[] {
  return gaps.map((g) => 6 + g.reduce((n, w) => n + w.length + 4, 0));
}

/**
 * lunr has no phrase queries, so a phrase is checked on the recorded word positions: word k+1 must start after
 * word k ends, with nothing between them but the stop words the query itself had there ("aiding or abetting"
 * allows "aiding, or abetting" but not "aiding a person abetting"). Returns how many times the phrase occurs.
 */
export function countPhrase(text: string, words: readonly Occurrences[], gaps: readonly string[][], maxGap: readonly number[]): number {
  if (words.length === 0) return 0;
  const first = words[0];
  let found = 0;
  for (let o = first.from; o < first.to; o++) {
    let end = first.starts[o] + first.lens[o];
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) {
      ok = false;
      const w = words[k];
      const next = firstFrom(w, end);
      if (next >= w.to) break;
      const start = w.starts[next];
      if (start - end > maxGap[k - 1]) break;
      const allowed = gaps[k - 1] ?? [];
      const between = wordsBetween(text, end, start);
      if (between.length === allowed.length && between.every((x, i) => x === allowed[i])) {
        end = start + w.lens[next];
        ok = true;
      }
    }
    if (ok) found++;
  }
  return found;
}
