import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EvalBuffers, HitList, SlotScores } from '../../../server/search/slot-buffers.ts';
import { withCapacity } from '../../../server/search/typed-capacity.ts';

describe('SlotScores.sortTouched', () => {
  it('orders the touched slots and leaves the bitmap clear for the next query', () => {
    const buffers = new EvalBuffers();
    buffers.ensure(5000);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 4999 }), { maxLength: 400 }), (slots) => {
        const scores = new SlotScores();
        scores.ensure(5000);
        for (const slot of slots) scores.add(slot, 1 + (slot % 7));
        scores.sortTouched(buffers.orderBits);
        expect([...scores.touched.subarray(0, scores.count)]).toEqual([...slots].sort((a, b) => a - b));
        for (const slot of slots) expect(scores.scores[slot]).toBe(1 + (slot % 7));
        expect(buffers.orderBits.every((w) => w === 0)).toBe(true);
      }),
    );
  });

  it('handles slots on word boundaries (bit 31 is the sign bit)', () => {
    const buffers = new EvalBuffers();
    buffers.ensure(100);
    const scores = new SlotScores();
    scores.ensure(100);
    for (const slot of [95, 31, 0, 32, 63, 64]) scores.add(slot, 1);
    scores.sortTouched(buffers.orderBits);
    expect([...scores.touched.subarray(0, scores.count)]).toEqual([0, 31, 32, 63, 64, 95]);
  });
});

describe('growing buffers', () => {
  it('keeps what they hold, in the same type, and grows at least twofold', () => {
    const a = Float64Array.of(1.5, 2.5);
    expect(withCapacity(a, 2)).toBe(a);
    const b = withCapacity(a, 3, 4);
    expect(b).toBeInstanceOf(Float64Array);
    expect([...b]).toEqual([1.5, 2.5, 0, 0]);
    expect(withCapacity(new Uint8Array(1000), 1001).length).toBe(2000);
    const hits = new HitList();
    for (let i = 0; i < 3000; i++) hits.push(i * 2, i / 2);
    expect([hits.count, hits.slots[2999], hits.scores[2999], hits.slots[0]]).toEqual([3000, 5998, 1499.5, 0]);
  });
});
