import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { forEachIndexTerm, indexPipeline, tokenizeField } from '../../../server/search/analysis.ts';
import { decodeDocs, encodeDocs } from '../../../server/search/doc-codec.ts';
import { SearchIndexError } from '../../../server/search/errors.ts';
import { decodeShard, encodeShard } from '../../../server/search/shard-codec.ts';
import { Shard } from '../../../server/search/shard.ts';
import { ByteReader, ByteWriter } from '../../../server/search/varint-codec.ts';
import { fixtureDocs } from './fixture.ts';

describe('varint streams', () => {
  it('round-trip any unsigned 32-bit integers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 })), (values) => {
        const w = new ByteWriter();
        values.forEach((v) => w.uint(v));
        const r = new ByteReader(w.base64(), 'test');
        expect(Array.from(r.uints(values.length))).toEqual(values);
        r.end();
      }),
    );
  });

  it('report truncated or malformed data instead of reading garbage', () => {
    const w = new ByteWriter();
    w.uint(300);
    const cut = Buffer.from(w.base64(), 'base64').subarray(0, 1).toString('base64');
    expect(() => new ByteReader(cut, 'here').uint()).toThrow(/here: data ends too early/);
    expect(() => new ByteReader(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x01]).toString('base64'), 'here').uint()).toThrow(/malformed number/);
    expect(() => new ByteReader(42, 'here')).toThrow(SearchIndexError);
  });
});

describe('index terms', () => {
  it('are exactly what lunr\'s pipeline makes of the tokenizer output, with the same positions', () => {
    const texts = ['A person who, without lawful excuse, intercepts computer-related data; the Minister\'s order', 'Co-operation and the offences of aiding or abetting', ''];
    for (const text of texts) {
      const expected = indexPipeline()
        .run(tokenizeField(text))
        .map((t: lunr.Token) => [t.toString(), ...(t as unknown as { metadata: { position: number[] } }).metadata.position]);
      const got: Array<[string, number, number]> = [];
      const n = forEachIndexTerm(text, (term, start, len) => got.push([term, start, len]));
      expect(got).toEqual(expected);
      expect(n).toBe(expected.length);
    }
  });
});

describe('shard encoding', () => {
  const docs = fixtureDocs();
  const build = (): Shard => Shard.build(docs, docs.map((_, i) => i));

  it('round-trips postings, positions and field lengths', () => {
    const shard = build();
    const back = decodeShard(JSON.parse(JSON.stringify(encodeShard(shard))), Int32Array.from(docs.map((_, i) => 100 + i)), 'test');
    expect(back.segment.terms).toEqual(shard.segment.terms);
    expect(back.segment.fields).toEqual(shard.segment.fields);
    expect(back.segment.lengths).toEqual(shard.segment.lengths);
    expect(Array.from(back.slots)).toEqual(docs.map((_, i) => 100 + i));
  });

  it('drops tombstoned provisions and renumbers the rest', () => {
    const shard = build();
    shard.kill([0, 3]);
    const encoded = encodeShard(shard);
    expect(encoded.size).toBe(docs.length - 2);
    const back = decodeShard(encoded, Int32Array.from({ length: encoded.size }, (_, i) => i), 'test');
    const rest = docs.filter((_, i) => i !== 0 && i !== 3);
    const fresh = Shard.build(rest, rest.map((_, i) => i));
    expect(back.segment.terms).toEqual(fresh.segment.terms);
    expect(back.segment.fields).toEqual(fresh.segment.fields);
  });

  it('refuses damaged shards with a SearchIndexError naming the place', () => {
    const encoded = encodeShard(build());
    const slots = Int32Array.from({ length: encoded.size }, (_, i) => i);
    expect(() => decodeShard({ ...encoded, terms: [...encoded.terms].reverse() }, slots, 'shard 0')).toThrow(/shard 0: terms must be distinct strings in sorted order/);
    expect(() => decodeShard({ ...encoded, postings: encoded.postings.map((p) => p.slice(0, p.length / 2)) }, slots, 'shard 0')).toThrow(SearchIndexError);
    expect(() => decodeShard({ ...encoded, size: 3 }, slots, 'shard 0')).toThrow(/holds 3 provisions/);
    expect(() => decodeShard(null, slots, 'shard 0')).toThrow(/not a search shard/);
  });
});

describe('provisions as columns', () => {
  it('round-trip every field, absent optional fields staying absent', () => {
    const docs = fixtureDocs();
    docs[0] = { ...docs[0], heading: '', defines: [], articles: ['2', '3'] };
    delete docs[1].heading;
    const back = decodeDocs(JSON.parse(JSON.stringify(encodeDocs(docs))), 'docs');
    expect(back).toEqual(docs);
    expect('heading' in back[1]).toBe(false);
  });

  it('refuses columns of the wrong length or ids that name no string', () => {
    const enc = encodeDocs(fixtureDocs());
    expect(() => decodeDocs({ ...enc, text: [] }, 'docs')).toThrow(/"text" of the wrong length/);
    expect(() => decodeDocs({ ...enc, columns: { ...enc.columns, eId: enc.columns.eId.map(() => 99999) } }, 'docs')).toThrow(/"eId" refers to no string/);
    expect(() => decodeDocs([], 'docs')).toThrow(/stored as columns/);
  });
});
