import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandFuzzy, expandWildcard, mergeSorted } from '../../../server/search/expand-terms.ts';

/** Optimal string alignment distance, the plain dynamic programme: the reference the fast walk must agree with. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

const sortedUnique = (words: string[]): string[] => [...new Set(words)].sort();
const VOCAB = sortedUnique(['intercept', 'interception', 'interfer', 'interior', 'magistr', 'magistrat', 'comput', 'computer-rel', 'data', 'date', 'dat', 'preserv', 'warrant', 'ware', 'softwar']);

describe('wildcards over a sorted vocabulary', () => {
  it('expands a trailing wildcard over the prefix range, in sorted order', () => {
    expect(expandWildcard(VOCAB, 'inter*', 64)).toEqual(['intercept', 'interception', 'interfer', 'interior']);
    expect(expandWildcard(VOCAB, 'intercept*', 64)).toEqual(['intercept', 'interception']);
  });

  it('handles leading and inner wildcards, and stops at the limit', () => {
    expect(expandWildcard(VOCAB, '*war*', 64)).toEqual(['softwar', 'ware', 'warrant']);
    expect(expandWildcard(VOCAB, 'in*ion', 64)).toEqual(['interception']);
    expect(expandWildcard(VOCAB, 'inter*', 2)).toEqual(['intercept', 'interception']);
    expect(expandWildcard(VOCAB, 'nothing*', 64)).toEqual([]);
  });
});

describe('fuzzy terms over a sorted vocabulary', () => {
  it('finds terms within the edit distance, transpositions counting one edit as in lunr', () => {
    expect(expandFuzzy(VOCAB, 'magistrr', 1, 64)).toEqual(['magistr']);
    expect(expandFuzzy(VOCAB, 'dta', 1, 64)).toEqual(['dat', 'data']);
    expect(expandFuzzy(VOCAB, 'adta', 1, 64)).toEqual(['data']);
    expect(expandFuzzy(VOCAB, 'magistrxx', 1, 64)).toEqual([]);
    expect(expandFuzzy(VOCAB, 'dat', 1, 2)).toEqual(['dat', 'data']);
    expect(expandFuzzy(VOCAB, 'dat', 2, 64)).toEqual(['dat', 'data', 'date']);
  });

  it('agrees with the plain dynamic programme on random vocabularies', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), word, fc.integer({ min: 0, max: 2 }), (words, query, distance) => {
        const vocab = sortedUnique(words);
        const expected = vocab.filter((t) => osa(t, query) <= distance);
        expect(expandFuzzy(vocab, query, distance, 1000)).toEqual(expected);
      }),
      { numRuns: 600 },
    );
  });
});

describe('mergeSorted', () => {
  it('is the sorted union of sorted lists', () => {
    expect(mergeSorted([['a', 'c'], ['b', 'c', 'd'], [], ['a', 'e']])).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(mergeSorted([])).toEqual([]);
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 4 }))), (lists) => {
        const sorted = lists.map(sortedUnique);
        expect(mergeSorted(sorted)).toEqual(sortedUnique(lists.flat()));
      }),
    );
  });
});
