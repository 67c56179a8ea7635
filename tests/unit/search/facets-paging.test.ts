import { describe, expect, it } from 'vitest';
import type { FacetValue } from '../../../server/search/index.ts';
import { buildFixture, cites } from './fixture.ts';

const search = buildFixture();
const counts = (values: FacetValue[]): Record<string, number> => Object.fromEntries(values.map((v) => [v.value, v.count]));

describe('facets', () => {
  it('count every facet over the whole result set, before paging, with labels', () => {
    const r = search.query({ q: 'offence', size: 1 });
    expect(r.hits).toHaveLength(1);
    expect(r.total).toBe(5);
    expect(counts(r.facets.jurisdiction)).toEqual({ XA: 4, XB: 1 });
    expect(counts(r.facets.kind)).toEqual({ offence: 4, cooperation: 1 });
    expect(r.facets.kind.find((v) => v.value === 'cooperation')?.label).toBe('International co-operation');
    expect(r.facets.instrument.find((v) => v.value === 'xb-cyber-security-code-2031')?.label).toBe('Cyber Security Code, 2031');
    // Parts are grouped by heading across statutes (the number says nothing across statutes).
    expect(counts(r.facets.part)).toEqual({ offences: 4, 'co-operation': 1 });
    expect(r.facets.part.find((v) => v.value === 'offences')?.label).toBe('Offences');
    // A provision implementing two articles counts under both.
    expect(counts(r.facets.article)).toMatchObject({ '2': 1, '3': 1, '25': 1, '27': 1 });
    expect(r.facets.article.find((v) => v.value === '25')?.label).toBe('Art. 25');
  });

  it('filter with OR within a facet and AND across facets', () => {
    const either = search.query({ q: 'offence', filters: { article: ['3', '9'] } });
    expect(cites(either).sort()).toEqual(['xa:s. 5', 'xa:s. 7']);
    const both = search.query({ q: 'punished', filters: { jurisdiction: ['XB'], article: ['3', '9'] } });
    expect(cites(both).sort()).toEqual(['xb:Art. 4', 'xb:Art. 5']);
    expect(search.query({ q: 'punished', filters: { jurisdiction: ['XA'], article: ['3'] } }).total).toBe(0);
    // A single value given as a string is a list of one; empty values are ignored.
    expect(search.query({ q: 'offence', filters: { jurisdiction: 'XB' as unknown as string[], kind: [''] } }).total).toBe(1);
  });

  it("leave a facet's own filter out of its counts, so other values stay visible", () => {
    const r = search.query({ q: 'offence', filters: { jurisdiction: ['XB'] } });
    expect(r.total).toBe(1);
    expect(counts(r.facets.jurisdiction)).toEqual({ XA: 4, XB: 1 });
    expect(counts(r.facets.kind)).toEqual({ cooperation: 1 });
  });

  it('list a selected value with no result, with count 0, so it can be cleared', () => {
    const r = search.query({ q: 'offence', filters: { jurisdiction: ['XZ'] } });
    expect(r.total).toBe(0);
    expect(r.facets.jurisdiction).toContainEqual({ value: 'XZ', label: 'XZ', count: 0 });
  });

  it('browse: an empty query with filters lists provisions in statute order', () => {
    const r = search.query({ q: '', filters: { instrument: ['xa-computer-offences-act-2030'], kind: ['offence'] } });
    expect(cites(r)).toEqual(['xa:s. 4', 'xa:s. 4(1)', 'xa:s. 5', 'xa:s. 6', 'xa:s. 7']);
    expect(r.hits.every((h) => h.score === 0)).toBe(true);
    expect(r.hits[1].snippet.map((s) => s.text).join('')).toMatch(/^A person who, without authority/);
    expect(search.query({ q: '' }).total).toBe(12);
  });

  it('can return one hit per unit (its best provision)', () => {
    const all = search.query({ q: 'access' });
    const units = search.query({ q: 'access', group: 'unit' });
    expect(cites(all)).toEqual(expect.arrayContaining(['xa:s. 4', 'xa:s. 4(1)']));
    expect(cites(units).filter((c) => c.startsWith('xa:s. 4'))).toHaveLength(1);
    expect(units.total).toBe(all.total - 1);
  });
});

describe('paging', () => {
  it('splits the ranked list without overlap or loss, with a stable order', () => {
    const full = cites(search.query({ q: 'offence punished', size: 100 }));
    const pages = [1, 2, 3, 4].flatMap((page) => cites(search.query({ q: 'offence punished', page, size: 3 })));
    expect(pages).toEqual(full);
    expect(cites(search.query({ q: 'offence punished', size: 100 }))).toEqual(full);
  });

  it('orders equal scores by statute order (earlier instrument, earlier provision)', () => {
    const r = search.query({ q: 'punished' });
    const tied = r.hits.filter((h) => h.score === r.hits[r.hits.length - 1].score).map((h) => h.eId);
    expect(tied).toEqual([...tied].sort((a, b) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, ''))));
  });

  it('keeps page and size within bounds', () => {
    expect(search.query({ q: 'offence' }).size).toBe(20);
    expect(search.query({ q: 'offence', size: 1000 }).size).toBe(100);
    expect(search.query({ q: 'offence', size: 0 }).size).toBe(20);
    expect(search.query({ q: 'offence', size: -5 }).size).toBe(1);
    expect(search.query({ q: 'offence', page: -2 }).page).toBe(1);
    const beyond = search.query({ q: 'offence', page: 99 });
    expect(beyond.hits).toEqual([]);
    expect(beyond.total).toBe(5);
  });
});
