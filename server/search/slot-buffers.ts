import { withCapacity } from './typed-capacity.ts';

/**
 * Score accumulators over global provision slots, allocated once and reused by every query (queries run one at a
 * time on the event loop). Only touched entries are reset, so a query costs what it matches, not the corpus size.
 */
export class SlotScores {
  scores = new Float64Array(0);
  touched = new Int32Array(0);
  count = 0;

  ensure(capacity: number): void {
    this.scores = withCapacity(this.scores, capacity);
    this.touched = withCapacity(this.touched, capacity);
  }

  /** Scores are always positive (BM25 with positive idf and weights), so 0 marks an untouched slot. */
  add(slot: number, s: number): void {
    if (this.scores[slot] === 0) this.touched[this.count++] = slot;
    this.scores[slot] += s;
  }

  /** Keeps the larger of the stored and the given score. */
  max(slot: number, s: number): void {
    const old = this.scores[slot];
    if (old === 0) this.touched[this.count++] = slot;
    if (s > old) this.scores[slot] = s;
  }

  reset(): void {
    for (let i = 0; i < this.count; i++) this.scores[this.touched[i]] = 0;
    this.count = 0;
  }

  /**
   * Puts the touched slots in ascending order through a bitmap over the slots (`bits`: all zero, and left so).
   * Marking and reading back cost the number touched plus one step per 32 slots of their range: less than a sort,
   * and far less than scanning every slot's score.
   */
  sortTouched(bits: Int32Array): void {
    const touched = this.touched;
    const n = this.count;
    if (n < 2) return;
    let lo = bits.length;
    let hi = 0;
    for (let i = 0; i < n; i++) {
      const slot = touched[i];
      const w = slot >>> 5;
      bits[w] |= 1 << (slot & 31);
      if (w < lo) lo = w;
      if (w > hi) hi = w;
    }
    let k = 0;
    for (let w = lo; w <= hi; w++) {
      let word = bits[w];
      if (word === 0) continue;
      bits[w] = 0;
      const base = w << 5;
      while (word !== 0) {
        const low = word & -word;
        touched[k++] = base + 31 - Math.clz32(low);
        word ^= low;
      }
    }
  }
}

/** Per-slot byte marks (required-unit counts, exclusions) with the list of marked slots for a cheap reset. */
class SlotMarks {
  marks = new Uint8Array(0);
  private list = new Int32Array(0);
  private count = 0;

  ensure(capacity: number): void {
    this.marks = withCapacity(this.marks, capacity);
    this.list = withCapacity(this.list, capacity);
  }

  set(slot: number, value: number): void {
    if (this.marks[slot] === 0) this.list[this.count++] = slot;
    this.marks[slot] = value;
  }

  increment(slot: number): void {
    if (this.marks[slot] === 0) this.list[this.count++] = slot;
    if (this.marks[slot] < 255) this.marks[slot]++;
  }

  reset(): void {
    for (let i = 0; i < this.count; i++) this.marks[this.list[i]] = 0;
    this.count = 0;
  }
}

/** The ranked result set of one query as parallel growable arrays (no object per hit). */
export class HitList {
  slots = new Int32Array(1024);
  scores = new Float64Array(1024);
  count = 0;

  /** Room for `capacity` hits, so that loops filling the arrays directly need no check. */
  ensure(capacity: number): void {
    this.slots = withCapacity(this.slots, capacity);
    this.scores = withCapacity(this.scores, capacity);
  }

  push(slot: number, score: number): void {
    this.ensure(this.count + 1);
    this.slots[this.count] = slot;
    this.scores[this.count++] = score;
  }

  clear(): void {
    this.count = 0;
  }
}

/** A later required unit is restricted to the provisions still possible when at most this many (evaluate-query.ts). */
export const MAX_RESTRICTED = 256;

/** Every buffer a query needs, sized to the corpus. */
export class EvalBuffers {
  readonly alt = new SlotScores();
  readonly unit = new SlotScores();
  readonly total = new SlotScores();
  readonly required = new SlotMarks();
  readonly excluded = new SlotMarks();
  readonly hits = new HitList();
  readonly grouped = new HitList();
  /** One bit per slot, all zero between uses (SlotScores.sortTouched). */
  orderBits = new Int32Array(0);
  /** The local ids of the provisions a later required unit may still score (overwritten by each use). */
  readonly restricted = new Int32Array(MAX_RESTRICTED);

  ensure(capacity: number): void {
    if (this.orderBits.length * 32 < capacity) this.orderBits = new Int32Array((capacity + 31) >>> 5);
    this.alt.ensure(capacity);
    this.unit.ensure(capacity);
    this.total.ensure(capacity);
    this.required.ensure(capacity);
    this.excluded.ensure(capacity);
  }

  /** After a query, or after one that threw midway: leaves every buffer clean for the next. */
  reset(): void {
    this.alt.reset();
    this.unit.reset();
    this.total.reset();
    this.required.reset();
    this.excluded.reset();
    this.hits.clear();
    this.grouped.clear();
  }
}
