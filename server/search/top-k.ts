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

/** Hit i ranks below hit j (the heap keeps the worst on top). */
function worse(hits: HitList, i: number, j: number): boolean {
  return compareHits(hits, i, hits, j) > 0;
}

function siftUp(hits: HitList, heap: number[], at: number): void {
  while (at > 0) {
    const p = (at - 1) >> 1;
    if (!worse(hits, heap[at], heap[p])) break;
    const t = heap[at];
    heap[at] = heap[p];
    heap[p] = t;
    at = p;
  }
}

function siftDown(hits: HitList, heap: number[], at: number): void {
  for (;;) {
    const l = 2 * at + 1;
    const r = l + 1;
    let m = at;
    if (l < heap.length && worse(hits, heap[l], heap[m])) m = l;
    if (r < heap.length && worse(hits, heap[r], heap[m])) m = r;
    if (m === at) return;
    const t = heap[at];
    heap[at] = heap[m];
    heap[m] = t;
    at = m;
  }
}

/**
 * Indices of the first `k` hits in ranking order, without sorting everything (result sets over the bulk corpus
 * are large): a bounded heap of indices, worst on top, then the k survivors sorted. Module functions rather than
 * closures made per call: under tsx every closure created also gets its name set (esbuild's keepNames).
 */
export function topK(hits: HitList, k: number): number[] {
  if (k <= 0 || hits.count === 0) return [];
  const heap: number[] = [];
  // Once the heap is full, most hits score below its worst: compare the rounded score first, without a call.
  let worstKey = -Infinity;
  const scores = hits.scores;
  for (let i = 0; i < hits.count; i++) {
    if (heap.length < k) {
      heap.push(i);
      siftUp(hits, heap, heap.length - 1);
      if (heap.length === k) worstKey = scoreKey(scores[heap[0]]);
    } else {
      // scoreKey(s) < worstKey exactly when s * 1e6 < worstKey - 0.5 (Math.round rounds halves up): no rounding.
      if (scores[i] * 1e6 < worstKey - 0.5) continue;
      if (compareHits(hits, i, hits, heap[0]) < 0) {
        heap[0] = i;
        siftDown(hits, heap, 0);
        worstKey = scoreKey(scores[heap[0]]);
      }
    }
  }
  return heap.sort((i, j) => compareHits(hits, i, hits, j));
}
