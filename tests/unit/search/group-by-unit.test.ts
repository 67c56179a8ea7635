import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnitGroups } from '../../../server/search/group-by-unit.ts';
import { HitList } from '../../../server/search/slot-buffers.ts';
import { scoreKey } from '../../../server/search/top-k.ts';

describe('UnitGroups.group', () => {
  it("keeps each unit's best hit (rounded score, then earlier slot), in any order of hits", () => {
    // 40 slots over 12 units of 2-5 consecutive provisions, in two instruments.
    const groups = new UnitGroups();
    const unitOfSlot: string[] = [];
    for (let slot = 0; slot < 40; slot++) {
      const unit = `${slot < 20 ? 'xa' : 'xb'}:${Math.floor(slot / 3.5)}`;
      unitOfSlot.push(unit);
      groups.set(slot, unit.split(':')[0], unit.split(':')[1]);
    }
    const score = fc.constantFrom(0.5, 1, 1.0000001, 2, 3.25);
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 39 }), score), { selector: ([slot]) => slot, maxLength: 40 }), fc.boolean(), (picked, sorted) => {
        const entries = sorted ? [...picked].sort((a, b) => a[0] - b[0]) : picked;
        const hits = new HitList();
        for (const [slot, s] of entries) hits.push(slot, s);
        const out = groups.group(hits, new HitList());
        const got = new Map<string, number>();
        for (let i = 0; i < out.count; i++) got.set(unitOfSlot[out.slots[i]], out.slots[i]);
        const best = new Map<string, [number, number]>();
        for (const [slot, s] of entries) {
          const u = unitOfSlot[slot];
          const held = best.get(u);
          if (!held || scoreKey(s) > scoreKey(held[1]) || (scoreKey(s) === scoreKey(held[1]) && slot < held[0])) best.set(u, [slot, s]);
        }
        expect(out.count).toBe(best.size);
        expect(Object.fromEntries(got)).toEqual(Object.fromEntries([...best].map(([u, [slot]]) => [u, slot])));
      }),
      { numRuns: 300 },
    );
  });
});
