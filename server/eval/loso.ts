import { distanceFromDefaults } from './rule-grid.ts';
import { poolScores, type TableScore } from './score-tables.ts';

/**
 * Leave-one-statute-out tuning. The rule values were fitted on the same gold tables they are scored on, so the
 * usual figures are in-sample. Here each statute in turn is held out: the grid point that does best on the others
 * is chosen, then the held-out statute is scored with it. Pooled over the held-out statutes, that is what the
 * fitting procedure can be expected to give on a statute nobody tuned for.
 *
 * Pure: it takes every grid point's score on every statute (computed once by the caller) and only chooses.
 */
interface LosoInput {
  /** Statute ids, in the order of the score columns. */
  statutes: string[];
  points: Array<Record<string, number>>;
  /** scores[p][s]: grid point p on statute s. */
  scores: TableScore[][];
  /** The current values of the grid's keys (tie-break: the smaller change wins). */
  defaults: Record<string, number>;
  /** Every statute scored with the current rules, for comparison. */
  defaultScores: TableScore[];
}

export interface LosoFold {
  heldOut: string;
  chosen: Record<string, number>;
  /** The chosen point's pooled score on the other statutes (what it was chosen on). */
  train: TableScore;
  /** The held-out statute scored with the chosen point, and with the current rules. */
  test: TableScore;
  defaults: TableScore;
}

export interface LosoResult {
  folds: LosoFold[];
  /** Counts pooled over the held-out statutes. */
  pooled: TableScore;
  pooledDefaults: TableScore;
  /** The point a fit on every statute chooses, with its (in-sample) pooled score. */
  fullFit: { point: Record<string, number>; score: TableScore };
  /** Grid keys whose value changes no count on any statute: the engine may no longer read them. */
  inert: string[];
}

const EPS = 1e-9;

/**
 * The best grid point on the given statutes: pooled pair F1, then status accuracy, then the smallest change from
 * the defaults (when the data cannot tell points apart, do not move the rules).
 */
export function choosePoint(input: Pick<LosoInput, 'points' | 'scores' | 'defaults'>, statutes: number[]): { index: number; pooled: TableScore } {
  let best = -1;
  let bestPooled: TableScore | undefined;
  let bestDistance = Infinity;
  input.points.forEach((point, p) => {
    const pooled = poolScores(statutes.map((s) => input.scores[p][s]));
    const distance = distanceFromDefaults(point, input.defaults);
    if (!bestPooled || better(pooled, distance, bestPooled, bestDistance)) {
      best = p;
      bestPooled = pooled;
      bestDistance = distance;
    }
  });
  if (!bestPooled) throw new Error('choosePoint: empty grid');
  return { index: best, pooled: bestPooled };
}

function better(a: TableScore, da: number, b: TableScore, db: number): boolean {
  if (Math.abs(a.f1 - b.f1) > EPS) return a.f1 > b.f1;
  if (Math.abs(a.statusAccuracy - b.statusAccuracy) > EPS) return a.statusAccuracy > b.statusAccuracy;
  return da < db - EPS;
}

export function leaveOneStatuteOut(input: LosoInput): LosoResult {
  const all = input.statutes.map((_, s) => s);
  if (all.length < 2) throw new Error('leave-one-statute-out needs at least two statutes');
  const folds = all.map((held): LosoFold => {
    const { index, pooled } = choosePoint(input, all.filter((s) => s !== held));
    return { heldOut: input.statutes[held], chosen: input.points[index], train: pooled, test: input.scores[index][held], defaults: input.defaultScores[held] };
  });
  const full = choosePoint(input, all);
  return {
    folds,
    pooled: poolScores(folds.map((f) => f.test)),
    pooledDefaults: poolScores(input.defaultScores),
    fullFit: { point: input.points[full.index], score: full.pooled },
    inert: inertKeys(input),
  };
}

const counts = (s: TableScore): string => [s.tp, s.fp, s.fn, s.gapsFound, s.statusAgree].join(',');

/**
 * Keys that change nothing: every two points differing only in that key give the same counts on every statute.
 * A fitted number that is inert is not being fitted (a rule the engine stopped reading, or one this data never
 * reaches), and its "chosen" value is just the default kept by the tie-break.
 */
export function inertKeys(input: Pick<LosoInput, 'points' | 'scores'>): string[] {
  const keys = Object.keys(input.points[0] ?? {});
  return keys.filter((key) => {
    const byRest = new Map<string, string>();
    return input.points.every((point, p) => {
      const rest = keys.filter((k) => k !== key).map((k) => point[k]).join('|');
      const sig = input.scores[p].map(counts).join(';');
      const seen = byRest.get(rest);
      if (seen === undefined) byRest.set(rest, sig);
      return seen === undefined || seen === sig;
    });
  });
}
