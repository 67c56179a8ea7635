/**
 * Word-level Smith-Waterman local alignment, the measure the Legislative Influence Detector uses to find wording
 * copied from a model law: match +3, mismatch -1, gap -2 over stemmed content words.
 */
export const SW_SCORES = { match: 3, mismatch: -1, gap: -2 } as const;

interface LocalAlignment {
  score: number;
  /** Token ranges [start, end) of the best local alignment in each sequence. */
  a: [number, number];
  b: [number, number];
}

/** Where each id occurs in a sequence (1-based columns, ascending): the cells where an alignment can start. */
function positionsOf(b: ArrayLike<number>): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let j = 0; j < b.length; j++) {
    const list = out.get(b[j]);
    if (list) list.push(j + 1);
    else out.set(b[j], [j + 1]);
  }
  return out;
}

/**
 * Best local alignment score of two id sequences and where it ends (1-based exclusive ends).
 *
 * Sparse but exact: a Smith-Waterman cell is positive only if a match starts there or a positive neighbour (up,
 * left, diagonal) feeds it, and every step away from a match costs at least 1. So each row is computed only at the
 * columns where `a[i]` occurs in `b` and next to the previous row's positive cells. Unrelated texts share a few
 * scattered words and cost almost nothing; copied passages cost their own length. Cells are visited in the dense
 * algorithm's order, so ties resolve as they would there (first best cell in row-major order).
 */
function bestScore(a: ArrayLike<number>, b: ArrayLike<number>, cap = Infinity): { score: number; i: number; j: number } {
  const { match, mismatch, gap } = SW_SCORES;
  const m = b.length;
  const where = positionsOf(b);
  let prev = new Int32Array(m + 2);
  let cur = new Int32Array(m + 2);
  let prevCols: number[] = [];
  let curCols: number[] = [];
  let best = 0;
  let bi = 0;
  let bj = 0;
  // Candidate columns of a row: at most two per positive cell of the previous row plus the matches.
  let cands = new Int32Array(2 * m + 2);
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1];
    const starts = where.get(ai);
    if (prevCols.length === 0 && !starts) continue;
    let n = 0;
    const need = 2 * prevCols.length + (starts?.length ?? 0);
    if (need > cands.length) cands = new Int32Array(need);
    for (const j of prevCols) {
      cands[n++] = j;
      if (j < m) cands[n++] = j + 1;
    }
    if (starts) for (const j of starts) cands[n++] = j;
    // A crowded row (a copied passage) is cheaper to compute whole, in the dense order.
    const dense = n > m / 4;
    const sorted = dense ? cands : cands.subarray(0, n).sort();
    curCols.length = 0;
    let k = 0;
    let j = 0;
    while (true) {
      let next: number;
      if (dense) {
        next = j + 1;
        if (next > m) break;
      } else {
        // Next column: the next candidate, or the cell right of a positive one (a gap in `a` carries the score).
        next = Infinity;
        while (k < n && sorted[k] <= j) k++;
        if (k < n) next = sorted[k];
        if (j > 0 && cur[j] + gap > 0 && j + 1 <= m && j + 1 < next) next = j + 1;
        if (next === Infinity) break;
      }
      j = next;
      let s = prev[j - 1] + (ai === b[j - 1] ? match : mismatch);
      if (prev[j] + gap > s) s = prev[j] + gap;
      if (cur[j - 1] + gap > s) s = cur[j - 1] + gap;
      if (s > 0) {
        if (s > cap) s = cap;
        cur[j] = s;
        curCols.push(j);
        if (s > best) {
          best = s;
          bi = i;
          bj = j;
        }
      }
    }
    for (const c of prevCols) prev[c] = 0;
    const t = prev;
    prev = cur;
    cur = t;
    const tc = prevCols;
    prevCols = curCols;
    curCols = tc;
  }
  return { score: best, i: bi, j: bj };
}

function reversed(x: ArrayLike<number>, from: number, to: number): Int32Array {
  const out = new Int32Array(to - from);
  for (let k = 0; k < out.length; k++) out[k] = x[to - 1 - k];
  return out;
}

/**
 * Best local alignment of two id sequences. With `cap`, cell scores are clipped at it: the score is then
 * min(cap, the true score) and the alignment the first stretch that reaches the cap. A caller that only needs to
 * know that a long passage was copied saves the cost of following a long copy to its end: every high cell spreads
 * positive scores around it, so an uncapped copy of n words costs about n x 3n cells.
 *
 * A forward pass finds the best score and its end; a second pass over
 * the reversed prefixes, bounded to a window the score allows, finds its start. No traceback matrix is kept.
 */
export function smithWaterman(a: ArrayLike<number>, b: ArrayLike<number>, options: { cap?: number } = {}): LocalAlignment {
  const fwd = bestScore(a, b, options.cap);
  if (fwd.score === 0) return { score: 0, a: [0, 0], b: [0, 0] };
  // An alignment scoring S spans at most S/3 matches plus the mismatches and gaps it absorbed: 2S tokens is ample.
  const win = Math.max(8, 2 * fwd.score);
  const a0 = Math.max(0, fwd.i - win);
  const b0 = Math.max(0, fwd.j - win);
  const back = bestScore(reversed(a, a0, fwd.i), reversed(b, b0, fwd.j));
  return { score: fwd.score, a: [fwd.i - back.i, fwd.i], b: [fwd.j - back.j, fwd.j] };
}

/**
 * Copied wording means a run of words, not scattered shared vocabulary (that is what lexical similarity measures).
 * A pair is aligned only when both texts share a run of SEED_LENGTH content words; as in BLAST and the Legislative
 * Influence Detector, the cheap seed test keeps the quadratic alignment for the few pairs that can hold a copy.
 */
const SEED_LENGTH = 3;

/** Runs of SEED_LENGTH ids of a sequence: first two ids (one exact number) -> the third ids after them. */
export type SeedIndex = Map<number, Set<number>>;

// Interned ids stay far below 2^26, so two of them make one exact key under 2^53.
const pairKey = (x: number, y: number): number => x * 67_108_864 + y;

export function seedIndex(ids: ArrayLike<number>): SeedIndex {
  const out: SeedIndex = new Map();
  for (let i = 0; i + SEED_LENGTH <= ids.length; i++) {
    const k = pairKey(ids[i], ids[i + 1]);
    let thirds = out.get(k);
    if (!thirds) out.set(k, (thirds = new Set()));
    thirds.add(ids[i + 2]);
  }
  return out;
}

/** True when `ids` contains one of the indexed runs. */
export function sharesSeed(index: SeedIndex, ids: ArrayLike<number>): boolean {
  if (index.size === 0) return false;
  for (let i = 0; i + SEED_LENGTH <= ids.length; i++) {
    if (index.get(pairKey(ids[i], ids[i + 1]))?.has(ids[i + 2])) return true;
  }
  return false;
}

/** Which of many sequences (by position in the list) contain each run: built once for a template's articles. */
export class SeedTable {
  private readonly runs = new Map<number, Map<number, number[]>>();
  constructor(sequences: Array<ArrayLike<number>>) {
    sequences.forEach((ids, n) => {
      for (let i = 0; i + SEED_LENGTH <= ids.length; i++) {
        const k = pairKey(ids[i], ids[i + 1]);
        let thirds = this.runs.get(k);
        if (!thirds) this.runs.set(k, (thirds = new Map()));
        const owners = thirds.get(ids[i + 2]);
        if (!owners) thirds.set(ids[i + 2], [n]);
        else if (owners[owners.length - 1] !== n) owners.push(n);
      }
    });
  }
  /** Positions of the sequences sharing at least one run with `ids`: one pass over `ids`. */
  sharing(ids: ArrayLike<number>): Set<number> {
    const out = new Set<number>();
    for (let i = 0; i + SEED_LENGTH <= ids.length; i++) {
      const owners = this.runs.get(pairKey(ids[i], ids[i + 1]))?.get(ids[i + 2]);
      if (owners) for (const n of owners) out.add(n);
    }
    return out;
  }
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
