import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProvisionSearch, type SearchDoc, type SearchRequest } from '../../../server/search/index.ts';
import { SynonymPostings } from '../../../server/search/synonym-postings.ts';
import type { Thesaurus } from '../../../server/thesaurus/types.ts';
import { fixtureDocs, fixtureThesaurus } from './fixture.ts';

/** Units with synonyms (typed words, concepts, several groups), mixed with required, excluded and field units. */
const QUERIES: SearchRequest[] = [
  { q: 'unauthorised access' },
  { q: 'unauthorised' },
  { q: 'computer system' },
  { q: 'interception of data' },
  { q: 'wiretapping' },
  { q: '+intercept computer' },
  { q: 'child pornography -offers' },
  { q: 'heading:interception computer' },
  { q: 'aiding abetting offence' },
  { q: 'computer without authority', group: 'unit' },
  { q: 'unauthorised', filters: { jurisdiction: ['XB'] } },
];

const build = (synonymLists: boolean, docs: SearchDoc[] = fixtureDocs(), thesaurus: Thesaurus = fixtureThesaurus(), shardChars?: number): ProvisionSearch =>
  ProvisionSearch.build(docs, thesaurus, { synonymLists, shardChars });

/**
 * Internal: the unrounded score of every hit (the API rounds to 3 decimals), read from the search's hit buffer,
 * which holds the query's hits in slot order once it has run (no filters, one hit per provision).
 */
function rawScores(search: ProvisionSearch, req: SearchRequest): Map<number, number> {
  const total = search.query({ ...req, size: 1 }).total;
  const { slots, scores } = (search as unknown as { buffers: { hits: { slots: Int32Array; scores: Float64Array } } }).buffers.hits;
  return new Map(Array.from(slots.subarray(0, total), (slot, i) => [slot, scores[i]]));
}

/** Same totals, same hits in the same order with the same snippets, scores equal up to rounding. */
function expectSameAnswers(merged: ProvisionSearch, walked: ProvisionSearch, req: SearchRequest): void {
  const [m, w] = [merged, walked].map((s) => s.query({ ...req, size: 50 }));
  expect(m.total, req.q).toBe(w.total);
  expect(m.notes).toEqual(w.notes);
  expect(m.facets).toEqual(w.facets);
  expect(m.hits.map((h) => [h.instrument, h.eId, h.score, h.snippet, h.headingSnippet])).toEqual(w.hits.map((h) => [h.instrument, h.eId, h.score, h.snippet, h.headingSnippet]));
  if (req.filters || req.group) return;
  const [rm, rw] = [merged, walked].map((s) => rawScores(s, req));
  expect([...rm.keys()].sort()).toEqual([...rw.keys()].sort());
  for (const [slot, score] of rw) expect(Math.abs(rm.get(slot)! - score), `${req.q} slot ${slot}`).toBeLessThanOrEqual(1e-9 * score);
}

afterEach(() => vi.restoreAllMocks());

describe('merged posting lists per thesaurus group', () => {
  it('score every hit as the synonym-by-synonym walk does, in one shard and in several', () => {
    for (const shardChars of [undefined, 1]) {
      const walked = build(false, undefined, undefined, shardChars);
      const merged = build(true, undefined, undefined, shardChars);
      const used = vi.spyOn(SynonymPostings.prototype, 'get');
      for (const req of QUERIES) {
        expect(merged.query(req).total, req.q).toBeGreaterThan(0);
        expectSameAnswers(merged, walked, req);
      }
      // The merged path was taken (a regression to the walk would pass the comparison above unnoticed).
      expect(used).toHaveBeenCalled();
      used.mockRestore();
    }
  });

  it('are not used without synonyms, for field-restricted units or when synonyms are off', () => {
    const search = build(true);
    const used = vi.spyOn(SynonymPostings.prototype, 'get');
    search.query({ q: 'heading:unauthorised' });
    search.query({ q: 'unauthorised', synonyms: false });
    search.query({ q: 'punished' });
    search.query({ q: 'intercept*' });
    expect(used).not.toHaveBeenCalled();
  });

  it('after an upsert or a removal answer as a fresh build (lists made for the old statistics are dropped)', () => {
    const merged = build(true);
    const walked = build(false);
    for (const req of QUERIES) expect(merged.query(req).total).toBeGreaterThan(0); // lists built and used
    const amended: SearchDoc[] = fixtureDocs()
      .filter((d) => d.instrument.startsWith('xb'))
      .map((d) => (d.eId === 'art_3' ? { ...d, text: 'Whoever intercepts data of a computer system without authority shall be punished.' } : d));
    // Highlighting follows the shard layout (term ids per shard), so a fresh build is compared on hits and scores.
    const scores = (s: ProvisionSearch, req: SearchRequest): unknown => {
      const r = s.query({ ...req, size: 50 });
      return [r.total, r.hits.map((h) => [h.eId, h.score]).sort()];
    };
    for (const s of [merged, walked]) s.upsertInstrument('xb-cyber-security-code-2031', amended);
    const fresh = build(true, [...fixtureDocs().filter((d) => d.instrument.startsWith('xa')), ...amended]);
    for (const req of QUERIES) {
      expect(scores(merged, req), req.q).toEqual(scores(fresh, req));
      expectSameAnswers(merged, walked, req);
    }
    for (const s of [merged, walked]) s.removeInstrument('xa-computer-offences-act-2030');
    const rest = build(true, amended);
    for (const req of QUERIES) {
      expect(scores(merged, req), req.q).toEqual(scores(rest, req));
      expectSameAnswers(merged, walked, req);
    }
  });

  it('are bypassed when two groups of a unit spell one term with different stop words', () => {
    // "complicity" names both groups; the planner keeps the first spelling of "aiding abetting" (no word between),
    // which this corpus does not have; a merge of both groups would also find "aiding, or abetting" (s. 6).
    const thesaurus: Thesaurus = {
      groups: [
        { id: 'complicity_a', terms: ['complicity', 'aiding abetting'] },
        { id: 'complicity_b', terms: ['complicity', 'aiding or abetting', 'accessory'] },
      ],
    } as Thesaurus;
    const merged = build(true, undefined, thesaurus);
    const walked = build(false, undefined, thesaurus);
    expect(walked.query({ q: 'complicity' }).total).toBe(0);
    expectSameAnswers(merged, walked, { q: 'complicity' });
    expectSameAnswers(merged, walked, { q: 'complicity aiding' });
  });
});
