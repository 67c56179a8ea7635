/**
 * Word-level Smith-Waterman local alignment, the measure the Legislative Influence Detector uses to find wording
 * copied from a model law: match +3, mismatch -1, gap -2 over stemmed content words.
 */
export const SW_SCORES = { match: 3, mismatch: -1, gap: -2 } as const;

export interface LocalAlignment {
  score: number;
  /** Token ranges [start, end) of the best local alignment in each sequence. */
  a: [number, number];
  b: [number, number];
}

/** Best local alignment score of two id sequences and where it ends (1-based exclusive ends); O(|b|) memory. */
function bestScore(a: ArrayLike<number>, b: ArrayLike<number>): { score: number; i: number; j: number } {
  const { match, mismatch, gap } = SW_SCORES;
  const m = b.length;
  const row = new Int32Array(m + 1);
  let best = 0;
  let bi = 0;
  let bj = 0;
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1];
    let diagPrev = 0; // row[j-1] of the previous row
    let left = 0; // row[j-1] of this row
    for (let j = 1; j <= m; j++) {
      const up = row[j];
      let s = diagPrev + (ai === b[j - 1] ? match : mismatch);
      if (up + gap > s) s = up + gap;
      if (left + gap > s) s = left + gap;
      if (s < 0) s = 0;
      diagPrev = up;
      row[j] = s;
      left = s;
      if (s > best) {
        best = s;
        bi = i;
        bj = j;
      }
    }
  }
  return { score: best, i: bi, j: bj };
}

function reversed(x: ArrayLike<number>, from: number, to: number): Int32Array {
  const out = new Int32Array(to - from);
  for (let k = 0; k < out.length; k++) out[k] = x[to - 1 - k];
  return out;
}

/**
 * Best local alignment of two id sequences. A forward pass finds the best score and its end; a second pass over
 * the reversed prefixes, bounded to a window the score allows, finds its start. No traceback matrix is kept.
 */
export function smithWaterman(a: ArrayLike<number>, b: ArrayLike<number>): LocalAlignment {
  const fwd = bestScore(a, b);
  if (fwd.score === 0) return { score: 0, a: [0, 0], b: [0, 0] };
  // An alignment scoring S spans at most S/3 matches plus the mismatches and gaps it absorbed: 2S tokens is ample.
  const win = Math.max(8, 2 * fwd.score);
  const a0 = Math.max(0, fwd.i - win);
  const b0 = Math.max(0, fwd.j - win);
  const back = bestScore(reversed(a, a0, fwd.i), reversed(b, b0, fwd.j));
  return { score: fwd.score, a: [fwd.i - back.i, fwd.i], b: [fwd.j - back.j, fwd.j] };
}

/** Interns stems as small integers so the alignment compares numbers, not strings. */
export class StemIds {
  private readonly ids = new Map<string, number>();
  idsOf(stems: string[]): Int32Array {
    const out = new Int32Array(stems.length);
    stems.forEach((s, k) => {
      let id = this.ids.get(s);
      if (id === undefined) this.ids.set(s, (id = this.ids.size + 1));
      out[k] = id;
    });
    return out;
  }
}
