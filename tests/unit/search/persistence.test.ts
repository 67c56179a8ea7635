import { describe, expect, it } from 'vitest';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ProvisionSearch, SearchIndexError, type SearchDoc } from '../../../server/search/index.ts';
import { buildFixture, cites, fixtureDocs, fixtureThesaurus } from './fixture.ts';

const QUERIES = ['unauthorised access', '"aiding or abetting"', 'heading:interception', 'intercept*', 'magistrat~2', 'offence -child', ''];
const snapshot = (s: ProvisionSearch): unknown => QUERIES.map((q) => s.query({ q, size: 50 }));

describe('serialise and load', () => {
  it('round-trips: the loaded index answers every query exactly as the built one', () => {
    const built = buildFixture();
    const loaded = ProvisionSearch.load(built.serialise(), fixtureThesaurus());
    expect(snapshot(loaded)).toEqual(snapshot(built));
    expect(loaded.counts).toEqual(built.counts);
  });

  it('round-trips a statute using words that name JavaScript object properties ("constructor", "__proto__")', () => {
    const doc: SearchDoc = {
      ...fixtureDocs()[0],
      eId: 'sec_90',
      num: '90',
      unit: '90',
      heading: 'Duties of the constructor',
      text: 'The constructor of a computer system shall keep its __proto__ records and its toString logs.',
    };
    const search = ProvisionSearch.build([...fixtureDocs(), doc], fixtureThesaurus());
    const again = ProvisionSearch.load(search.serialise(), fixtureThesaurus());
    for (const q of ['constructor', 'constructors', '"constructor of a computer system"']) {
      expect(cites(again.query({ q })), q).toEqual(cites(search.query({ q })));
      expect(again.query({ q }).hits.map((h) => h.eId), q).toContain('sec_90');
    }
  });

  it('refuses what it cannot read, with a clear error', () => {
    const t = fixtureThesaurus();
    expect(() => ProvisionSearch.load('{not json', t)).toThrow(/not valid JSON/);
    expect(() => ProvisionSearch.load('{"format":"other"}', t)).toThrow(/not a serialised search index/);
    const good = JSON.parse(buildFixture().serialise());
    expect(() => ProvisionSearch.load(JSON.stringify({ ...good, version: 99 }), t)).toThrow(/version 99 cannot be read/);
    expect(() => ProvisionSearch.load(JSON.stringify({ ...good, analysis: 'other' }), t)).toThrow(/different stemming/);
    expect(() => ProvisionSearch.load(JSON.stringify({ ...good, shards: [] }), t)).toThrow(/in no shard/);
    expect(() => ProvisionSearch.load(JSON.stringify({ ...good, shards: [{ slots: [] }] }), t)).toThrow(SearchIndexError);
    // An index written by version 1 (lunr's JSON) asks for a rebuild; the API rebuilds on any load error.
    expect(() => ProvisionSearch.load(JSON.stringify({ ...good, version: 1 }), t)).toThrow(/version 1 cannot be read \(version 2 expected\): rebuild it/);
    const damaged = { ...good, shards: good.shards.map((s: { postings: string[] }) => ({ ...s, postings: s.postings.map((p) => p.slice(0, 8)) })) };
    expect(() => ProvisionSearch.load(JSON.stringify(damaged), t)).toThrow(/load: shard 0, postings of "heading"/);
    expect(() => ProvisionSearch.load(JSON.stringify({ ...good, docs: { ...good.docs, text: [] } }), t)).toThrow(/"text" of the wrong length/);
  });
});

describe('sharding', () => {
  it('scores the same whether the corpus sits in one shard or in many (corpus-wide statistics)', () => {
    const one = buildFixture();
    const many = buildFixture({ shardChars: 1 });
    expect(many.counts.shards).toBe(2);
    expect(snapshot(many)).toEqual(snapshot(one));
  });

  it('upsertInstrument replaces one statute; scores match a fresh build of the same corpus', () => {
    const search = buildFixture();
    const xb = fixtureDocs().filter((d) => d.instrument.startsWith('xb'));
    const amended: SearchDoc[] = xb.map((d) => (d.eId === 'art_3' ? { ...d, heading: 'Unlawful entry', text: 'Whoever enters a computer without right shall be punished.' } : d));
    search.upsertInstrument('xb-cyber-security-code-2031', amended);
    expect(search.counts).toEqual({ provisions: 12, instruments: 2, shards: 2 });
    expect(cites(search.query({ q: 'heading:"illegal access"' }))).toEqual([]);
    expect(cites(search.query({ q: 'entry' }))).toEqual(['xb:Art. 3']);
    const fresh = ProvisionSearch.build([...fixtureDocs().filter((d) => d.instrument.startsWith('xa')), ...amended], fixtureThesaurus());
    const scores = (s: ProvisionSearch): unknown => s.query({ q: 'computer without right punished', size: 50 }).hits.map((h) => [h.eId, h.score]).sort();
    expect(scores(search)).toEqual(scores(fresh));
    // Compaction folds the small shard back; answers do not change.
    const before = snapshot(search);
    search.compact();
    expect(search.counts.shards).toBe(1);
    expect(snapshot(search)).toEqual(before);
    expect(snapshot(ProvisionSearch.load(search.serialise(), fixtureThesaurus()))).toEqual(before);
  });

  it('removeInstrument keeps scores equal to a fresh build of what is left (tombstones leave no trace in idf)', () => {
    const search = buildFixture();
    search.removeInstrument('xb-cyber-security-code-2031');
    const fresh = ProvisionSearch.build(fixtureDocs().filter((d) => d.instrument.startsWith('xa')), fixtureThesaurus());
    for (const q of ['computer without authority', 'offence punished', 'intercept*', '"aiding or abetting"']) {
      const scores = (s: ProvisionSearch): unknown => s.query({ q, size: 50 }).hits.map((h) => [h.eId, h.score]);
      expect(scores(search)).toEqual(scores(fresh));
    }
    expect(snapshot(ProvisionSearch.load(search.serialise(), fixtureThesaurus()))).toEqual(snapshot(search));
  });

  it('removeInstrument takes a statute out of results and facets; an unknown id is a no-op', () => {
    const search = buildFixture();
    search.removeInstrument('xa-computer-offences-act-2030');
    search.removeInstrument('no-such-instrument');
    const r = search.query({ q: 'offence punished' });
    expect(r.hits.every((h) => h.instrument.startsWith('xb'))).toBe(true);
    expect(r.facets.instrument.map((v) => v.value)).toEqual(['xb-cyber-security-code-2031']);
    expect(search.counts).toEqual({ provisions: 4, instruments: 1, shards: 1 });
    expect(search.query({ q: '' }).total).toBe(4);
  });

  it('rejects bad documents with a message naming the document and field', () => {
    const t = fixtureThesaurus();
    const docs = fixtureDocs();
    expect(() => ProvisionSearch.build([{ ...docs[0], eId: 7 as unknown as string }], t)).toThrow(/document 0: "eId" must be a string/);
    expect(() => ProvisionSearch.build([docs[0], docs[0]], t)).toThrow(/eId "part_1__sec_2" appears twice/);
    expect(() => ProvisionSearch.build([{ ...docs[0], defines: 'x' as unknown as string[] }], t)).toThrow(/"defines" must be an array of strings/);
    const search = buildFixture();
    expect(() => search.upsertInstrument('xb-cyber-security-code-2031', docs.slice(0, 1))).toThrow(/belongs to "xa-computer-offences-act-2030"/);
    expect(() => search.upsertInstrument('', [])).toThrow(/non-empty string/);
    // A failed upsert leaves the index as it was.
    expect(search.counts.provisions).toBe(12);
  });
});

describe('uploads and deletions, repeated', () => {
  it('leave nothing behind: the shard an upload added is collected once the upload is deleted', async () => {
    // Node exposes the collector on request; a WeakRef then tells whether anything still holds the shard.
    setFlagsFromString('--expose_gc');
    const gc = runInNewContext('gc') as () => void;
    const search = buildFixture();
    const upload = fixtureDocs()
      .filter((d) => d.instrument.startsWith('xb'))
      .map((d) => ({ ...d, instrument: 'xz-upload', instrumentTitle: 'Upload Act' }));
    search.upsertInstrument('xz-upload', upload);
    // The newest shard, held only weakly here (the test keeps no array that holds it).
    const added = ((shards: object[]) => new WeakRef(shards[shards.length - 1]!))((search as unknown as { shards: object[] }).shards);
    search.removeInstrument('xz-upload');
    expect(search.counts).toEqual({ provisions: 12, instruments: 2, shards: 1 });
    // The next query replaces the caches built for the index as it was (they hold one generation at most).
    search.query({ q: 'computer system' });
    for (let i = 0; i < 3 && added.deref(); i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      gc();
    }
    expect(added.deref()).toBeUndefined();
  });
});
