import { describe, expect, it } from 'vitest';
import { B, K1, postingWeights } from '../../../server/search/bm25.ts';
import { ProvisionSearch } from '../../../server/search/index.ts';
import { buildFixture, fixtureDocs, fixtureThesaurus } from './fixture.ts';

const QUERIES = ['unauthorised access', 'computer without right punished', '"aiding or abetting"', 'heading:interception', 'intercept*', 'offence -child'];
const scores = (s: ProvisionSearch): unknown => QUERIES.map((q) => s.query({ q, size: 50 }).hits.map((h) => [h.eId, h.score]));

describe('precomputed BM25 posting weights', () => {
  it("are lunr's tf / (tf + k1 (1 - b + b len / avg))", () => {
    const avg = 10;
    const a = K1 * (1 - B);
    const b = (K1 * B) / avg;
    // Two postings: provision 0 (length 20) with 3 occurrences, provision 1 (length 5) with 1.
    const w = postingWeights(Uint32Array.of(0, 1), Uint32Array.of(0, 3, 4), null, Uint32Array.of(20, 5), a, b);
    expect(w[0]).toBeCloseTo(3 / (3 + K1 * (1 - B + (B * 20) / avg)), 12);
    expect(w[1]).toBeCloseTo(1 / (1 + K1 * (1 - B + (B * 5) / avg)), 12);
    const fromHits = postingWeights(Uint32Array.of(1), null, Uint16Array.of(2), Uint32Array.of(20, 5), a, b);
    expect(fromHits[0]).toBeCloseTo(2 / (2 + K1 * (1 - B + (B * 5) / avg)), 12);
  });

  it('follow the statistics: re-upserting the same statute (statistics unchanged) scores as before', () => {
    const search = buildFixture({ shardChars: 1 });
    const before = scores(search);
    const xb = fixtureDocs().filter((d) => d.instrument.startsWith('xb'));
    // The new shard must be weighed even though the average field lengths are exactly what they were.
    search.upsertInstrument('xb-cyber-security-code-2031', xb);
    expect(search.counts.shards).toBe(2);
    expect(scores(search)).toEqual(before);
  });

  it('score the same in shards with tombstones or non-contiguous slots (the general loop) as in clean ones', () => {
    // One shard for both statutes; re-indexing XB tombstones its old provisions there (a shard with tombstones)
    // and adds a clean shard; compact() then rebuilds one shard over slots that are no longer contiguous.
    const search = buildFixture();
    const xb = fixtureDocs().filter((d) => d.instrument.startsWith('xb'));
    search.upsertInstrument('xb-cyber-security-code-2031', xb);
    expect(search.counts.shards).toBe(2);
    const fresh = ProvisionSearch.build(fixtureDocs(), fixtureThesaurus());
    expect(scores(search)).toEqual(scores(fresh));
    search.compact();
    expect(search.counts.shards).toBe(1);
    expect(scores(search)).toEqual(scores(fresh));
  });
});
