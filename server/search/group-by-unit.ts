import type { HitList } from './slot-buffers.ts';
import { compareHits } from './top-k.ts';

/**
 * Which (instrument, top-level unit) each provision belongs to, as small integers, and the grouping of a result
 * set to one hit per unit (its best-ranked provision), as a lawyer asks "which sections?".
 */
export class UnitGroups {
  /** Per slot: the unit id. */
  private readonly unitOf: number[] = [];
  private readonly ids = new Map<string, number>();
  /** Per unit: index of its hit in the grouped list while grouping, else -1. */
  private pick = new Int32Array(0);

  set(slot: number, instrument: string, unit: string): void {
    const key = `${instrument}\u0000${unit}`;
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    this.unitOf[slot] = id;
  }

  /** Fills `out` with the best hit of each unit among `hits`. */
  group(hits: HitList, out: HitList): HitList {
    if (this.pick.length < this.ids.size) this.pick = new Int32Array(this.ids.size * 2).fill(-1);
    const pick = this.pick;
    out.clear();
    for (let i = 0; i < hits.count; i++) {
      const unit = this.unitOf[hits.slots[i]];
      const at = pick[unit];
      if (at < 0) {
        pick[unit] = out.count;
        out.push(hits.slots[i], hits.scores[i]);
      } else if (compareHits(hits, i, out, at) < 0) {
        out.slots[at] = hits.slots[i];
        out.scores[at] = hits.scores[i];
      }
    }
    for (let i = 0; i < out.count; i++) pick[this.unitOf[out.slots[i]]] = -1;
    return out;
  }
}
