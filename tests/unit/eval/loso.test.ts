import { describe, expect, it } from 'vitest';
import { choosePoint, inertKeys, leaveOneStatuteOut } from '../../../server/eval/loso.ts';
import { currentValues, distanceFromDefaults, gridPoints, knownOverrides } from '../../../server/eval/rule-grid.ts';
import type { TableScore } from '../../../server/eval/score-tables.ts';
import { ABLATIONS, ablationRow, changesNothing } from '../../../server/eval/ablations.ts';
import { RULES } from '../../../server/align/decide.ts';

/** A score with given pair counts and status agreement over 10 articles. */
function score(instrument: string, tp: number, fp: number, fn: number, statusAgree = 5): TableScore {
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { instrument, tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, gaps: 0, gapsFound: 0, gapRecall: 1, articles: 10, statusAgree, statusAccuracy: statusAgree / 10, diffs: [] };
}

describe('rule grid', () => {
  const rules = { A: 0.3, B: 0.9, FLAG: true };
  it('crosses the values of known numeric keys and names the others', () => {
    const g = gridPoints({ A: [0.2, 0.3], B: [0.8, 0.9], GONE: [1], FLAG: [0] }, rules);
    expect(g.keys).toEqual(['A', 'B']);
    expect(g.dropped).toEqual(['GONE', 'FLAG']);
    expect(g.points).toEqual([{ A: 0.2, B: 0.8 }, { A: 0.2, B: 0.9 }, { A: 0.3, B: 0.8 }, { A: 0.3, B: 0.9 }]);
    expect(currentValues(g.keys, rules)).toEqual({ A: 0.3, B: 0.9 });
  });
  it('keeps overrides of the right type only', () => {
    expect(knownOverrides({ A: 0, FLAG: false, GONE: 1, B: true }, rules)).toEqual({ rules: { A: 0, FLAG: false }, dropped: ['GONE', 'B'] });
  });
  it('measures distance from the defaults relatively', () => {
    expect(distanceFromDefaults({ A: 0.6, B: 0.9 }, { A: 0.3, B: 0.9 })).toBeCloseTo(1);
  });
  it('every declared ablation names keys the current RULES has', () => {
    for (const a of ABLATIONS) expect(knownOverrides(a.rules, RULES).dropped, a.name).toEqual([]);
  });
});

describe('leave-one-statute-out', () => {
  const points = [{ T: 0.3 }, { T: 0.35 }, { T: 0.4 }];
  // Statutes s1, s2 prefer T=0.3; s3 prefers T=0.4; T=0.35 is the default.
  const scores = [
    [score('s1', 9, 1, 1), score('s2', 9, 1, 1), score('s3', 5, 5, 5)],
    [score('s1', 8, 2, 2), score('s2', 8, 2, 2), score('s3', 5, 5, 5)],
    [score('s1', 5, 5, 5), score('s2', 5, 5, 5), score('s3', 9, 1, 1)],
  ];
  const input = { statutes: ['s1', 's2', 's3'], points, scores, defaults: { T: 0.35 }, defaultScores: scores[1] };

  it('chooses on the other statutes only and scores the held-out one with that choice', () => {
    const r = leaveOneStatuteOut(input);
    expect(r.folds.map((f) => [f.heldOut, f.chosen.T])).toEqual([['s1', 0.3], ['s2', 0.3], ['s3', 0.3]]);
    expect(r.folds[2].test).toBe(scores[0][2]);
    expect(r.pooled).toMatchObject({ tp: 23, fp: 7, fn: 7 });
    expect(r.pooledDefaults).toMatchObject({ tp: 21, fp: 9, fn: 9 });
    expect(r.fullFit.point).toEqual({ T: 0.3 });
  });

  it('breaks F1 ties by status accuracy, then by the smaller change from the defaults', () => {
    const tied = [[score('s', 5, 5, 5, 5)], [score('s', 5, 5, 5, 5)], [score('s', 5, 5, 5, 6)]];
    expect(choosePoint({ points, scores: tied, defaults: { T: 0.35 } }, [0]).index).toBe(2);
    const flat = [[score('s', 5, 5, 5)], [score('s', 5, 5, 5)], [score('s', 5, 5, 5)]];
    expect(choosePoint({ points, scores: flat, defaults: { T: 0.35 } }, [0]).index).toBe(1);
  });

  it('names grid keys that change no count', () => {
    const pts = [{ A: 1, B: 1 }, { A: 1, B: 2 }, { A: 2, B: 1 }, { A: 2, B: 2 }];
    const sc = [[score('s', 5, 5, 5)], [score('s', 5, 5, 5)], [score('s', 6, 4, 4)], [score('s', 6, 4, 4)]];
    expect(inertKeys({ points: pts, scores: sc })).toEqual(['B']);
  });

  it('says when an ablation changes no count', () => {
    const full = ablationRow('full', {}, [score('s', 5, 5, 5)]);
    expect(changesNothing(full, ablationRow('x', { A: 1 }, [score('s', 5, 5, 5)]))).toBe(true);
    expect(changesNothing(full, ablationRow('y', { A: 1 }, [score('s', 5, 5, 5, 6)]))).toBe(false);
  });
});
