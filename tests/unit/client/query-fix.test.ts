import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../server/search/parse-query.ts';
import { pointInQuery, suggestQuery } from '../../../client/src/views/search/query-fix.ts';

describe('suggestQuery: the fix offered for a query the server could not read', () => {
  const cases: Array<[string, string]> = [
    ['access "without right', 'access "without right"'],
    ['author:smith access', 'smith access'],
    ['heading: interception', 'interception'],
    ['access + data', 'access data'],
    ['access^ data~5', 'access data'],
    ['OR access AND', 'access'],
    ['access AND OR data', 'access AND data'],
    ['* data', 'data'],
    ['"" access', 'access'],
    ['acc"ess', 'acc ess'],
  ];
  for (const [bad, fixed] of cases) {
    it(`${JSON.stringify(bad)} -> ${JSON.stringify(fixed)}, which the parser reads`, () => {
      expect(() => parseQuery(bad)).toThrow();
      const offer = suggestQuery(bad);
      expect(offer).toBe(fixed);
      expect(() => parseQuery(offer!)).not.toThrow();
    });
  }

  it('offers nothing when the query is already plain words', () => {
    expect(suggestQuery('unauthorised access')).toBeNull();
  });
});

describe('pointInQuery', () => {
  it('shows where in the query instead of a character offset', () => {
    expect(pointInQuery('Unclosed quote: the phrase starting at position 7 has no closing ".', 'access "without right')).toBe(
      'Unclosed quote: the phrase starting at “"without right” has no closing ".',
    );
    expect(pointInQuery('"AND" at position 7 has no word after it.', 'access AND')).toBe('"AND" at “AND” has no word after it.');
  });
});
