/** The typed arrays the search grows as slots are added. */
type Growable = Int32Array | Uint8Array | Float64Array;

/**
 * `array` itself when it holds `capacity` entries; else a copy of the same type, at least twice as long (and at
 * least `minimum`), so that growing one slot at a time costs amortised constant time. Contents are kept; the new
 * entries are zero.
 */
export function withCapacity<T extends Growable>(array: T, capacity: number, minimum = 1024): T {
  if (array.length >= capacity) return array;
  const grown = new (array.constructor as new (length: number) => T)(Math.max(capacity, array.length * 2, minimum));
  grown.set(array);
  return grown;
}
