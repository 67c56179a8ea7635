import type { HitList } from './slot-buffers.ts';

/** Scores are rounded before comparing so that float noise never reorders equal matches between runs. */
export const scoreKey = (score: number): number => Math.round(score * 1e6);

/**
 * Ranking order: higher score first; on equal (rounded) scores the lower slot, i.e. earlier instrument, earlier
 * provision. Negative when hit i of `a` ranks before hit j of `b`.
 */
function compareHits(a: HitList, i: number, b: HitList, j: number): number {
  return scoreKey(b.scores[j]) - scoreKey(a.scores[i]) || a.slots[i] - b.slots[j];
}

/**
 * Indices of the first `k` hits in ranking order, without sorting everything (result sets over the bulk corpus
 * are large): a bounded heap of indices, worst on top, then the k survivors sorted.
 */
export function topK(hits: HitList, k: number): number[] {
  if (k <= 0 || hits.count === 0) return [];
  const cmp = (i: number, j: number): number => compareHits(hits, i, hits, j);
  const heap: number[] = [];
  const worse = (i: number, j: number): boolean => cmp(i, j) > 0;
  const up = (at: number): void => {
    while (at > 0) {
      const p = (at - 1) >> 1;
      if (!worse(heap[at], heap[p])) break;
      [heap[at], heap[p]] = [heap[p], heap[at]];
      at = p;
    }
  };
  const down = (at: number): void => {
    for (;;) {
      const l = 2 * at + 1;
      const r = l + 1;
      let m = at;
      if (l < heap.length && worse(heap[l], heap[m])) m = l;
      if (r < heap.length && worse(heap[r], heap[m])) m = r;
      if (m === at) return;
      [heap[at], heap[m]] = [heap[m], heap[at]];
      at = m;
    }
  };
  // Once the heap is full, most hits score below its worst: compare the rounded score first, without a call.
  let worstKey = -Infinity;
  for (let i = 0; i < hits.count; i++) {
    if (heap.length < k) {
      heap.push(i);
      up(heap.length - 1);
      if (heap.length === k) worstKey = scoreKey(hits.scores[heap[0]]);
    } else {
      // scoreKey(s) < worstKey exactly when s * 1e6 < worstKey - 0.5 (Math.round rounds halves up): no rounding.
      if (hits.scores[i] * 1e6 < worstKey - 0.5) continue;
      if (cmp(i, heap[0]) < 0) {
        heap[0] = i;
        down(0);
        worstKey = scoreKey(hits.scores[heap[0]]);
      }
    }
  }
  return heap.sort(cmp);
}
