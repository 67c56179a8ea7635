/** A small least-recently-used map: keeps hot serialised answers without letting a 2,000-file corpus fill memory. */
export class Lru<V> {
  private readonly map = new Map<string, V>();
  private weight = 0;
  /**
   * At most `capacity` entries, and, when `weigh` is given, at most `maxWeight` in total (a few huge instruments
   * must not hold as much memory as 64 ordinary ones); the most recent entry is kept even when it alone is over.
   */
  constructor(
    private readonly capacity: number,
    private readonly weigh?: (value: V) => number,
    private readonly maxWeight = Infinity,
  ) {}

  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  get size(): number {
    return this.map.size;
  }

  set(key: string, value: V): void {
    this.delete(key);
    this.map.set(key, value);
    this.weight += this.weigh?.(value) ?? 0;
    while (this.map.size > this.capacity || (this.weight > this.maxWeight && this.map.size > 1)) {
      this.delete(this.map.keys().next().value as string);
    }
  }

  private delete(key: string): void {
    const old = this.map.get(key);
    if (old === undefined) return;
    this.map.delete(key);
    this.weight -= this.weigh?.(old) ?? 0;
  }

  deleteWhere(test: (key: string) => boolean): void {
    for (const key of [...this.map.keys()]) if (test(key)) this.delete(key);
  }

  clear(): void {
    this.map.clear();
    this.weight = 0;
  }
}
