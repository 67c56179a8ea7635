/** A ranked item: higher score first; on equal scores the lower slot (earlier instrument, earlier provision) first. */
export interface Ranked {
  slot: number;
  score: number;
}

/** Scores are rounded before comparing so that float noise never reorders equal matches between runs. */
const key = (score: number): number => Math.round(score * 1e6);

export function compareRanked(a: Ranked, b: Ranked): number {
  return key(b.score) - key(a.score) || a.slot - b.slot;
}

/** The first `k` items in ranking order, without sorting everything (result sets over the bulk corpus are large). */
export function topK<T extends Ranked>(items: readonly T[], k: number): T[] {
  if (k <= 0) return [];
  if (items.length <= k * 4) return [...items].sort(compareRanked).slice(0, k);
  // A max-heap on "worst first" holding the best k seen so far.
  const heap: T[] = [];
  const worse = (a: T, b: T): boolean => compareRanked(a, b) > 0;
  const up = (i: number): void => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!worse(heap[i], heap[p])) break;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  };
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l], heap[m])) m = l;
      if (r < heap.length && worse(heap[r], heap[m])) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      up(heap.length - 1);
    } else if (compareRanked(item, heap[0]) < 0) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort(compareRanked);
}
