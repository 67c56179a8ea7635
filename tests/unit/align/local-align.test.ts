import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seedIndex, sharesSeed, smithWaterman, StemIds, SW_SCORES } from '../../../server/align/local-align.ts';

describe('smithWaterman (+3 match, -1 mismatch, -2 gap)', () => {
  it('uses the Legislative Influence Detector scores', () => {
    expect(SW_SCORES).toEqual({ match: 3, mismatch: -1, gap: -2 });
  });

  it('scores a copied run of n words 3n and locates it in both sequences', () => {
    const r = smithWaterman([1, 2, 3, 4, 5], [9, 9, 2, 3, 4, 9]);
    expect(r.score).toBe(9);
    expect(r.a).toEqual([1, 4]);
    expect(r.b).toEqual([2, 5]);
  });

  it('bridges a substituted word at -1', () => {
    expect(smithWaterman([1, 2, 3, 4, 5], [1, 2, 7, 4, 5]).score).toBe(3 * 4 - 1);
  });

  it('bridges an inserted word with a gap at -2', () => {
    expect(smithWaterman([1, 2, 3, 4], [1, 2, 8, 3, 4]).score).toBe(3 * 4 - 2);
  });

  it('is zero for sequences with nothing in common, or empty', () => {
    expect(smithWaterman([1, 2], [3, 4]).score).toBe(0);
    expect(smithWaterman([], [3, 4]).score).toBe(0);
  });

  it('interns stems consistently', () => {
    const ids = new StemIds();
    const a = ids.idsOf(['access', 'comput', 'access']);
    expect(a[0]).toBe(a[2]);
    expect(ids.idsOf(['comput'])[0]).toBe(a[1]);
  });
});

/** The textbook dense Smith-Waterman (+3/-1/-2), to check the sparse implementation against. */
function denseScore(a: number[], b: number[]): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.max(0, prev[j - 1] + (a[i - 1] === b[j - 1] ? 3 : -1), prev[j] - 2, row[j - 1] - 2);
      best = Math.max(best, row[j]);
    }
    prev = row;
  }
  return best;
}

describe('sparse Smith-Waterman', () => {
  it('gives the dense algorithm\'s score on any pair of sequences (small alphabets force long alignments)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 40 }), (a, b) => {
        const r = smithWaterman(a, b);
        expect(r.score).toBe(denseScore(a, b));
        // The reported ranges realign to the same score.
        if (r.score > 0) expect(denseScore(a.slice(r.a[0], r.a[1]), b.slice(r.b[0], r.b[1]))).toBe(r.score);
      }),
      { numRuns: 300 },
    );
  });

  it('with a cap, gives min(cap, score) and a stretch that realigns to at least the cap', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 40 }), (a, b) => {
        const r = smithWaterman(a, b, { cap: 12 });
        const full = denseScore(a, b);
        expect(r.score).toBe(Math.min(12, full));
        if (r.score > 0) expect(denseScore(a.slice(r.a[0], r.a[1]), b.slice(r.b[0], r.b[1]))).toBeGreaterThanOrEqual(r.score);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a copied passage inside long unrelated texts', () => {
    const noise = (n: number, base: number): number[] => Array.from({ length: n }, (_, k) => base + k);
    const copied = [7, 8, 9, 10, 11, 12];
    const r = smithWaterman([...noise(50, 100), ...copied, ...noise(50, 200)], [...noise(80, 300), ...copied, ...noise(20, 400)]);
    expect(r.score).toBe(18);
    expect(r.a).toEqual([50, 56]);
    expect(r.b).toEqual([80, 86]);
  });
});

describe('seeds (runs of three content words)', () => {
  it('are shared only by texts with three words in a row in common', () => {
    expect(sharesSeed(seedIndex([1, 2, 3, 4]), [9, 2, 3, 4, 9])).toBe(true);
    expect(sharesSeed(seedIndex([1, 2, 3, 4]), [1, 2, 9, 3, 4])).toBe(false);
    expect(sharesSeed(seedIndex([1, 2]), [1, 2])).toBe(false);
  });
});
