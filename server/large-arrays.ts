/**
 * Array helpers that never spread a caller's array into an argument list. `a.push(...b)` and `Math.max(...b)`
 * put every element on the stack: past about 100,000 elements (a hostile upload, the bulk corpus) they throw
 * "Maximum call stack size exceeded". These loop instead.
 */

/** Appends every item of `items` to `target`, in order; returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values` (NaN if any is NaN, as Math.max), or `empty` when there are none. */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let max = empty;
  let first = true;
  for (const v of values) {
    if (Number.isNaN(v)) return NaN;
    if (first || v > max) max = v;
    first = false;
  }
  return max;
}
