import { describe, expect, it } from 'vitest';
import type { CorrelationTable } from '../../../server/align/types.ts';
import { applyCalibration, calibrationPoints, fitCalibration, losoCalibrated, reliability, type CalibrationPoint } from '../../../server/eval/calibration.ts';
import { applyIsotonic, fitIsotonic } from '../../../server/align/isotonic.ts';

const xy = (pairs: Array<[number, number]>) => pairs.map(([x, y]) => ({ x, y }));

describe('fitIsotonic (pool-adjacent-violators)', () => {
  it('pools the violators into their mean and keeps an ordered sequence as it is', () => {
    // 0.3 → 1 then 0.4 → 0 violate the order: pooled into one block of mean 0.5.
    const map = fitIsotonic(xy([[0.1, 0], [0.3, 1], [0.4, 0], [0.9, 1]]));
    expect(map.blocks.map((b) => [b.lo, b.hi, b.value])).toEqual([[0.1, 0.1, 0], [0.3, 0.4, 0.5], [0.9, 0.9, 1]]);
  });

  it('pools backwards across several blocks when a low outcome comes late', () => {
    const map = fitIsotonic(xy([[0.1, 1], [0.2, 1], [0.3, 0], [0.4, 0]]));
    expect(map.blocks).toHaveLength(1);
    expect(map.blocks[0].value).toBe(0.5);
  });

  it('treats equal scores as one observation group, so the map is a function', () => {
    const map = fitIsotonic(xy([[0.5, 1], [0.5, 0], [0.5, 0], [0.8, 1]]));
    expect(map.blocks.map((b) => b.value)).toEqual([1 / 3, 1]);
  });

  it('is monotone when applied, interpolating between blocks and flat beyond them', () => {
    const map = fitIsotonic(xy([[0.2, 0], [0.6, 1]]));
    expect(applyIsotonic(map, 0)).toBe(0);
    expect(applyIsotonic(map, 0.4)).toBeCloseTo(0.5);
    expect(applyIsotonic(map, 1)).toBe(1);
  });

  it('shrinks blocks toward ½ with a prior, pooling equal neighbours first', () => {
    const map = fitIsotonic(xy([[0.1, 0], [0.2, 1], [0.3, 1], [0.4, 1]]), { prior: 1 });
    expect(map.blocks.map((b) => b.value)).toEqual([1 / 3, 4 / 5]);
  });
});

describe('reliability and ECE', () => {
  it('bins by confidence and weighs each bin’s gap by its count', () => {
    const points = [
      { confidence: 0.05, correct: false },
      { confidence: 0.95, correct: true },
      { confidence: 0.95, correct: false },
      { confidence: 1, correct: true }, // 1.0 falls in the last bin
    ];
    const r = reliability(points, 10);
    expect(r.bins[0]).toMatchObject({ count: 1, meanConfidence: 0.05, accuracy: 0 });
    expect(r.bins[9].count).toBe(3);
    expect(r.bins[9].accuracy).toBeCloseTo(2 / 3);
    // (1/4)·|0 − 0.05| + (3/4)·|2/3 − 0.9667|
    expect(r.ece).toBeCloseTo(0.25 * 0.05 + 0.75 * Math.abs(2 / 3 - 2.9 / 3));
    expect(r.bins[5].count).toBe(0);
  });

  it('is 0 for perfectly calibrated data', () => {
    expect(reliability([{ confidence: 0.5, correct: true }, { confidence: 0.5, correct: false }], 5).ece).toBe(0);
  });
});

describe('calibrationPoints', () => {
  const gold: CorrelationTable = {
    instrument: 'x',
    template: 't',
    articles: {
      '2': { provisions: ['14'], status: 'covered' },
      '3': { provisions: ['17', '18'], status: 'partial' },
      '10': { provisions: [], status: 'missing' },
      '24': { provisions: ['5'], status: 'covered' },
      '25': { provisions: [], status: 'missing' },
    },
  };
  const pred = {
    instrument: 'x',
    template: 't',
    articles: {
      '2': { provisions: ['s. 14', '15'], status: 'covered', score: 0.9 },
      '3': { provisions: ['19', '17'], status: 'partial', score: 0.6 },
      '10': { provisions: [], status: 'missing', score: 0.2 },
      '24': { provisions: [], status: 'missing', score: 0.3, confidence: 0.55 },
    },
  } as unknown as CorrelationTable;

  it('reads the primary unit for found articles and the gold status for missing ones', () => {
    const { points, unscored } = calibrationPoints(pred, gold);
    expect(unscored).toBe(1); // Art. 25 left out of the prediction: no confidence to check
    expect(points.map((p) => [p.article, p.kind, p.confidence, p.correct])).toEqual([
      ['2', 'found', 0.9, true],
      ['3', 'found', 0.6, false], // primary unit 19 is not the expert's
      ['10', 'missing', 0.8, true], // 1 − score
      ['24', 'missing', 0.55, false], // the table's own confidence wins
    ]);
  });
});

describe('fitCalibration and leave-one-statute-out', () => {
  const pt = (instrument: string, kind: 'found' | 'missing', confidence: number, correct: boolean): CalibrationPoint => ({ instrument, article: '1', kind, confidence, correct });
  const points = [pt('a', 'found', 0.9, true), pt('a', 'found', 0.4, false), pt('a', 'missing', 0.9, false), pt('b', 'found', 0.9, true), pt('b', 'missing', 0.7, true)];

  it('fits found and missing predictions separately', () => {
    const cal = fitCalibration(points, { prior: 0 });
    expect(applyCalibration(cal.found, 0.95)).toBe(1);
    expect(applyCalibration(cal.missing, 0.95)).toBe(0.5); // 0.7 right and 0.9 wrong pool to ½
  });

  it('leaves a kind without training data uncalibrated, and fits each statute on the others only', () => {
    expect(applyCalibration(fitCalibration([pt('a', 'found', 0.9, true)]).missing, 0.42)).toBe(0.42);
    const out = losoCalibrated(points, { prior: 0 });
    // b's found point is calibrated on a alone (0.4 wrong, 0.9 right): 0.9 maps to 1.
    expect(out.find((p) => p.instrument === 'b' && p.kind === 'found')?.confidence).toBe(1);
    // b's missing point is calibrated on a's single wrong missing point: 0.
    expect(out.find((p) => p.instrument === 'b' && p.kind === 'missing')?.confidence).toBe(0);
  });
});
