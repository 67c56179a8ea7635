import { describe, expect, it } from 'vitest';
import { smithWaterman, StemIds, SW_SCORES } from '../../../server/align/local-align.ts';

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
