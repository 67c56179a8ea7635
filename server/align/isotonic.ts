/**
 * Isotonic regression by pool-adjacent-violators: the non-decreasing step function closest (least squares) to the
 * observed 0/1 outcomes. Chosen over Platt scaling because it assumes only that a higher score is never less
 * likely to be right, not a logistic shape, and the gold data are too few to check a shape.
 */

import type { IsotonicMap } from '../templates/types.ts';

export type { IsotonicMap };

interface Block {
  lo: number;
  hi: number;
  sum: number;
  weight: number;
}

/**
 * Pools adjacent blocks (in score order) until their means strictly increase; a block may swallow several before
 * it. Equal neighbours are pooled too: the fitted values are the same, and a block then holds all the evidence for
 * its value (which the prior below relies on).
 */
function pool(input: Block[]): Block[] {
  const out: Block[] = [];
  for (const next of input) {
    out.push({ ...next });
    while (out.length > 1) {
      const b = out[out.length - 1];
      const a = out[out.length - 2];
      if (a.sum / a.weight < b.sum / b.weight) break;
      out.splice(out.length - 2, 2, { lo: a.lo, hi: b.hi, sum: a.sum + b.sum, weight: a.weight + b.weight });
    }
  }
  return out;
}

/**
 * Fits the map to (score, outcome) pairs; outcomes are 0/1 (or any value to average).
 * `prior` adds that many pseudo-outcomes of ½ to every fitted block (Laplace's rule for prior 1): a block of three
 * right answers then says 0.8, not a certainty that one more statute would break. 0 gives the plain least-squares fit.
 */
export function fitIsotonic(pairs: Array<{ x: number; y: number }>, options: { prior?: number } = {}): IsotonicMap {
  const prior = options.prior ?? 0;
  const sorted = [...pairs].sort((a, b) => a.x - b.x);
  // Equal scores form one block first: the map must be a function of the score.
  const same: Block[] = [];
  for (const { x, y } of sorted) {
    const last = same[same.length - 1];
    if (last && last.hi === x) {
      last.sum += y;
      last.weight += 1;
    } else {
      same.push({ lo: x, hi: x, sum: y, weight: 1 });
    }
  }
  let blocks = pool(same);
  // Shrinking blocks of different sizes by the same pseudo-counts can reorder them: pool once more.
  if (prior > 0) blocks = pool(blocks.map((b) => ({ ...b, sum: b.sum + prior, weight: b.weight + 2 * prior })));
  return { blocks: blocks.map((b) => ({ lo: b.lo, hi: b.hi, value: b.sum / b.weight, weight: b.weight })) };
}

/**
 * The fitted probability of a score: the block's value inside a block, linear between two blocks (still monotone),
 * and the end blocks' values beyond the fitted range. An empty map leaves the score as it is.
 */
export function applyIsotonic(map: IsotonicMap, x: number): number {
  const b = map.blocks;
  if (b.length === 0) return x;
  if (x <= b[0].hi) return b[0].value;
  for (let i = 1; i < b.length; i++) {
    if (x < b[i].lo) {
      const t = (x - b[i - 1].hi) / (b[i].lo - b[i - 1].hi);
      return b[i - 1].value + t * (b[i].value - b[i - 1].value);
    }
    if (x <= b[i].hi) return b[i].value;
  }
  return b[b.length - 1].value;
}
