import { describe, expect, it } from 'vitest';
import { RESTATED_MIN_WORDS, restates } from '../../../server/align/restated-units.ts';

const ids = (xs: number[]) => Int32Array.from(xs);
const seq = (n: number, from = 0) => Array.from({ length: n }, (_, i) => from + i);
const run = (n: number, from = 0) => ids(seq(n, from));

describe('restated units', () => {
  it('takes two long texts with the same words for one restated provision', () => {
    expect(restates(run(30), run(30))).toBe(true);
    // One word changed in thirty ("seven years" for "two years") is still a restatement.
    expect(restates(run(30), ids([...seq(29), 999]))).toBe(true);
  });

  it('does not pair short boilerplate ("Repealed.") or texts that differ', () => {
    expect(restates(run(RESTATED_MIN_WORDS - 1), run(RESTATED_MIN_WORDS - 1))).toBe(false);
    expect(restates(run(30), run(30, 10))).toBe(false);
    // A text that contains the other and much more is an extension, not a restatement.
    expect(restates(run(30), run(60))).toBe(false);
  });
});
