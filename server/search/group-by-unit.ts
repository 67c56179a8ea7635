import type { HitList } from './slot-buffers.ts';
import { scoreKey } from './top-k.ts';
import { withCapacity } from './typed-capacity.ts';

/**
 * Which (instrument, top-level unit) each provision belongs to, as small integers, and the grouping of a result
 * set to one hit per unit (its best-ranked provision), as a lawyer asks "which sections?".
 */
export class UnitGroups {
  /** Per slot: the unit id. */
  private unitOf = new Int32Array(0);
  private readonly ids = new Map<string, number>();
  /** Per unit: index of its hit in the grouped list while grouping, else -1. */
  private pick = new Int32Array(0);

  set(slot: number, instrument: string, unit: string): void {
    const key = `${instrument}\u0000${unit}`;
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    this.unitOf = withCapacity(this.unitOf, slot + 1);
    this.unitOf[slot] = id;
  }

  /** Fills `out` with the best hit of each unit among `hits`. */
  group(hits: HitList, out: HitList): HitList {
    if (this.pick.length < this.ids.size) this.pick = new Int32Array(this.ids.size * 2).fill(-1);
    const pick = this.pick;
    out.clear();
    out.ensure(hits.count);
    const unitOf = this.unitOf;
    const slots = hits.slots;
    const scores = hits.scores;
    const outSlots = out.slots;
    const outScores = out.scores;
    let n = 0;
    // Hits usually come in slot order, where a unit's provisions are consecutive: the unit being read and its
    // held key stay in locals, and the table is consulted only when the unit changes.
    let lastUnit = -1;
    let at = -1;
    let held = 0;
    for (let i = 0; i < hits.count; i++) {
      const slot = slots[i];
      const unit = unitOf[slot];
      const key = scoreKey(scores[i]);
      if (unit !== lastUnit) {
        lastUnit = unit;
        at = pick[unit];
        if (at < 0) {
          at = n++;
          pick[unit] = at;
          outSlots[at] = slot;
          outScores[at] = scores[i];
          held = key;
          continue;
        }
        held = scoreKey(outScores[at]);
      }
      // The unit's best provision: ranking order (rounded score, then the earlier slot).
      if (key > held || (key === held && slot < outSlots[at])) {
        outSlots[at] = slot;
        outScores[at] = scores[i];
        held = key;
      }
    }
    out.count = n;
    for (let i = 0; i < out.count; i++) pick[this.unitOf[out.slots[i]]] = -1;
    return out;
  }
}
