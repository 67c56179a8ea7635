import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../../server/search/index.ts';
import { buildFixture, cites } from './fixture.ts';

/** Facet values with their counts, as a reader sees them listed. */
const facetCounts = (r: SearchResponse): Record<string, string[]> =>
  Object.fromEntries(Object.entries(r.facets).map(([facet, values]) => [facet, values.map((v) => `${v.value}:${v.count}`)]));
const highlights = (r: SearchResponse): string[][] => r.hits.map((h) => h.snippet.filter((s) => s.highlight).map((s) => s.text));

/**
 * Pins the whole answer on the fixture statutes (order, scores, facet counts, highlighted words), so that work on
 * the engine's speed cannot move a result unnoticed. The values were read from the engine and checked as a lawyer
 * would: s. 4 "Unauthorised access" ranks first for "unauthorised access", and its synonyms "without right" and
 * "without authority" are highlighted in the other offences.
 */
describe('search ranking and facets, pinned on the fixture', () => {
  const search = buildFixture();

  it('words with legal synonyms', () => {
    const r = search.query({ q: 'unauthorised access' });
    expect(r.total).toBe(3);
    expect(cites(r)).toEqual(['xa:s. 4', 'xb:Art. 3', 'xa:s. 4(1)']);
    expect(r.hits.map((h) => h.score)).toEqual([10.56, 6.99, 2.618]);
    expect(highlights(r)).toEqual([[], ['accesses', 'without', 'right'], ['without', 'authority', 'accesses']]);
    expect(facetCounts(r)).toEqual({
      jurisdiction: ['XA:2', 'XB:1'],
      instrument: ['xa-computer-offences-act-2030:2', 'xb-cyber-security-code-2031:1'],
      kind: ['offence:3'],
      part: ['offences:2', 'crimes:1'],
      article: ['2:3'],
    });
  });

  it('one word, a page of five', () => {
    const r = search.query({ q: 'computer', size: 5 });
    expect(r.total).toBe(8);
    expect(cites(r)).toEqual(['xa:s. 2(a)', 'xa:s. 2', 'xb:Art. 5', 'xb:Art. 3', 'xb:Art. 4']);
    expect(r.hits.map((h) => h.score)).toEqual([2.315, 0.932, 0.876, 0.845, 0.766]);
    expect(highlights(r).slice(0, 3)).toEqual([['computer', 'system'], [], ['computer']]);
    expect(facetCounts(r)).toEqual({
      jurisdiction: ['XA:5', 'XB:3'],
      instrument: ['xa-computer-offences-act-2030:5', 'xb-cyber-security-code-2031:3'],
      kind: ['offence:6', 'definition:2'],
      part: ['crimes:3', 'offences:3', 'preliminary:2'],
      article: ['1:2', '2:2', '3:2', '9:2'],
    });
  });

  it('one hit per section', () => {
    const r = search.query({ q: 'interception', group: 'unit' });
    expect(cites(r)).toEqual(['xa:s. 5', 'xb:Art. 5']);
    expect(r.hits.map((h) => h.score)).toEqual([7.85, 5.967]);
    expect(highlights(r)).toEqual([['intercepts'], ['wiretapping']]);
    expect(facetCounts(r).article).toEqual(['3:2']);
  });

  it('a jurisdiction filter, its facet still counting the other jurisdiction', () => {
    const r = search.query({ q: 'offence', filters: { jurisdiction: ['XA'] } });
    expect(cites(r)).toEqual(['xa:s. 6', 'xa:s. 5', 'xa:s. 4(1)', 'xa:s. 7']);
    expect(r.hits.map((h) => h.score)).toEqual([1.197, 0.742, 0.719, 0.643]);
    expect(facetCounts(r)).toEqual({
      jurisdiction: ['XA:4', 'XB:1'],
      instrument: ['xa-computer-offences-act-2030:4'],
      kind: ['offence:4'],
      part: ['offences:4'],
      article: ['2:1', '3:1', '9:1', '11:1'],
    });
  });
});
