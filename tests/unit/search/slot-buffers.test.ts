import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EvalBuffers, SlotScores } from '../../../server/search/slot-buffers.ts';

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
