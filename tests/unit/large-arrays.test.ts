import { describe, expect, it } from 'vitest';
import { maxOf, pushAll } from '../../server/large-arrays.ts';

describe('array helpers that take any length', () => {
  it('pushAll appends a million items where push(...items) overflows the stack', () => {
    const big = new Array<number>(1_000_000).fill(1);
    // The pattern the lint forbids, shown failing.
    // eslint-disable-next-line no-restricted-syntax
    expect(() => [].push(...(big as never[]))).toThrow(RangeError);
    const target = [0];
    pushAll(target, big);
    expect(target).toHaveLength(1_000_001);
  });

  it('maxOf is Math.max without the spread', () => {
    const big = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(maxOf(big)).toBe(999_999);
    expect(maxOf([])).toBe(-Infinity);
    expect(maxOf([], 0)).toBe(0);
    expect(maxOf([-3, -1, -2])).toBe(-1);
    expect(maxOf([1, NaN, 3])).toBeNaN();
  });
});
