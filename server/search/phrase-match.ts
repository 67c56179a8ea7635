import { wordsBetween } from './analysis.ts';

type Pos = [number, number];

/** First index in sorted positions whose start is at or after `at`. */
function firstFrom(positions: Pos[], at: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid][0] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * lunr has no phrase queries, so a phrase is checked on lunr's match positions: term k+1 must start after term k
 * ends, with nothing between them but the stop words the query itself had there ("aiding or abetting" allows
 * "aiding, or abetting" but not "aiding a person abetting"). Returns the spans of each occurrence found.
 */
export function findPhrase(text: string, positions: Pos[][], gaps: string[][]): Pos[] {
  const found: Pos[] = [];
  if (positions.length === 0) return found;
  // Punctuation and spaces aside, a gap can only be as long as its allowed words; longer gaps are not looked at.
  const maxGap = gaps.map((g) => 6 + g.reduce((n, w) => n + w.length + 4, 0));
  for (const first of positions[0]) {
    let end = first[0] + first[1];
    let ok = true;
    for (let k = 1; k < positions.length && ok; k++) {
      ok = false;
      const next = positions[k][firstFrom(positions[k], end)];
      if (!next || next[0] - end > maxGap[k - 1]) break;
      const allowed = gaps[k - 1] ?? [];
      const between = wordsBetween(text, end, next[0]);
      if (between.length === allowed.length && between.every((w, i) => w === allowed[i])) {
        end = next[0] + next[1];
        ok = true;
      }
    }
    if (ok) found.push([first[0], end - first[0]]);
  }
  return found;
}
