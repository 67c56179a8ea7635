/**
 * Rule overrides named by key, checked against the aligner's RULES at run time: the engine's rules get renamed and
 * added while tuning tools keep running, so a key RULES no longer has is reported and dropped, never passed on
 * silently (an unknown override would change nothing and make a tuning or ablation run look meaningful).
 */

export type RuleValue = number | boolean;
export type RuleOverrides = Record<string, RuleValue>;
/** Candidate values per rule key. */
export type RuleGrid = Record<string, readonly number[]>;

/** The overrides whose keys RULES has, with the same value type; the others named in `dropped`. */
export function knownOverrides(overrides: RuleOverrides, rules: object): { rules: RuleOverrides; dropped: string[] } {
  const out: RuleOverrides = {};
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(overrides)) {
    const current = (rules as Record<string, unknown>)[key];
    if (Object.hasOwn(rules, key) && typeof current === typeof value) out[key] = value;
    else dropped.push(key);
  }
  return { rules: out, dropped };
}

/** Every combination of the grid's values over the keys RULES has (cartesian product, keys in grid order). */
export function gridPoints(grid: RuleGrid, rules: object): { points: Array<Record<string, number>>; keys: string[]; dropped: string[] } {
  const keys: string[] = [];
  const dropped: string[] = [];
  for (const key of Object.keys(grid)) {
    if (Object.hasOwn(rules, key) && typeof (rules as Record<string, unknown>)[key] === 'number' && grid[key].length > 0) keys.push(key);
    else dropped.push(key);
  }
  let points: Array<Record<string, number>> = [{}];
  for (const key of keys) points = points.flatMap((p) => grid[key].map((v) => ({ ...p, [key]: v })));
  return { points, keys, dropped };
}

/** The current values of the given keys. */
export function currentValues(keys: string[], rules: object): Record<string, number> {
  return Object.fromEntries(keys.map((k) => [k, (rules as Record<string, number>)[k]]));
}

/**
 * How far a grid point lies from the current defaults: the sum of relative differences, so that a step in a ratio
 * near 1 and a step in a threshold near 0.3 weigh alike. Used only to break ties between equally good points,
 * preferring the smaller change.
 */
export function distanceFromDefaults(point: Record<string, number>, defaults: Record<string, number>): number {
  let d = 0;
  for (const [k, v] of Object.entries(point)) {
    const base = defaults[k];
    if (base === undefined) continue;
    d += Math.abs(v - base) / (Math.abs(base) || 1);
  }
  return d;
}
