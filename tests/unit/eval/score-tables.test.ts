import { describe, expect, it } from 'vitest';
import { normaliseUnit } from '../../../server/eval/normalise-unit.ts';
import { poolScores, scoreTable } from '../../../server/eval/score-tables.ts';
import { checkTable } from '../../../server/eval/read-tables.ts';
import type { CorrelationTable } from '../../../server/align/types.ts';

describe('normaliseUnit', () => {
  it('folds the ways a section is written', () => {
    for (const u of ['s. 4', 'Section 4', '4', '§4', '§ 4', 'sec. 4', '4(1)(a)']) expect(normaliseUnit(u)).toBe('4');
    expect(normaliseUnit('s. 46A')).toBe('46A');
  });
  it('keeps US subsection letters in brackets', () => {
    expect(normaliseUnit('(a)')).toBe('(a)');
    expect(normaliseUnit('(a)(2)')).toBe('(a)');
  });
});

const gold: CorrelationTable = {
  instrument: 'x',
  template: 't',
  articles: {
    '2': { provisions: ['14', '15'], status: 'covered' },
    '3': { provisions: ['17'], status: 'covered' },
    '10': { provisions: [], status: 'missing' },
    '24': { provisions: [], status: 'missing' },
  },
};

describe('scoreTable', () => {
  it('counts (article, unit) pairs, gaps and statuses', () => {
    const pred: CorrelationTable = {
      instrument: 'x',
      template: 't',
      articles: {
        '2': { provisions: ['s. 14'], status: 'covered' },
        '3': { provisions: ['18'], status: 'partial' },
        '10': { provisions: [], status: 'missing' },
        '24': { provisions: ['57'], status: 'partial' },
      },
    };
    const s = scoreTable(pred, gold);
    expect([s.tp, s.fp, s.fn]).toEqual([1, 2, 2]);
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 3);
    expect(s.gapRecall).toBe(0.5);
    expect(s.statusAccuracy).toBe(0.5);
  });

  it('treats an article left out of the prediction as predicted missing', () => {
    const s = scoreTable({ instrument: 'x', template: 't', articles: {} }, gold);
    expect(s.fn).toBe(3);
    expect(s.gapRecall).toBe(1);
  });

  it('pools statutes by summing counts (micro average)', () => {
    const a = scoreTable(gold, gold);
    const b = scoreTable({ instrument: 'x', template: 't', articles: {} }, gold);
    const o = poolScores([a, b]);
    expect(o.tp).toBe(3);
    expect(o.fn).toBe(3);
    expect(o.precision).toBe(1);
    expect(o.recall).toBe(0.5);
  });

  it('rejects a malformed table with a clear message', () => {
    expect(() => checkTable({ instrument: 'x', articles: { '2': { status: 'done' } } }, 'pred.json')).toThrow(/article 2 needs/);
    expect(() => checkTable(null, 'pred.json')).toThrow(/not a correlation table/);
  });
});
