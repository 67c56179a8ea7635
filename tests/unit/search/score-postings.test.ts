import { describe, expect, it } from 'vitest';
import { ProvisionSearch, type SearchDoc } from '../../../server/search/index.ts';
import { ADD, MAX, MAX_PLUS, walkPostings } from '../../../server/search/score-postings.ts';
import type { Shard } from '../../../server/search/shard.ts';
import { SlotScores } from '../../../server/search/slot-buffers.ts';
import { fixtureThesaurus } from './fixture.ts';

/** A clean shard of `size` provisions at slots base .. base + size - 1: all the walk reads of it. */
const cleanShard = (base: number, size: number) => ({ clean: true, base, size }) as unknown as Shard;

function scores(size: number): SlotScores {
  const s = new SlotScores();
  s.ensure(size);
  return s;
}

describe('walking a posting list restricted to some provisions', () => {
  // Every third provision of 600 has the word; the restriction names 12 provisions, some without it.
  const base = 40;
  const locals = Uint32Array.from({ length: 200 }, (_, i) => i * 3);
  const weights = Float64Array.from(locals, (l) => 0.1 + (l % 7) / 10);
  const only = Int32Array.of(0, 1, 3, 4, 99, 100, 300, 301, 450, 597, 598, 599);

  for (const [name, mode] of [['ADD', ADD], ['MAX', MAX], ['MAX_PLUS', MAX_PLUS]] as const) {
    it(`scores exactly the restricted provisions as the whole walk does (${name})`, () => {
      const whole = scores(base + 600);
      const part = scores(base + 600);
      const extra = () => {
        if (mode !== MAX_PLUS) return null;
        const e = scores(base + 600);
        for (const l of [3, 99, 301, 598]) e.add(base + l, 0.05);
        return e;
      };
      for (const target of [whole, part]) target.add(base + 300, 0.2); // a score already there
      walkPostings(cleanShard(base, 600), locals, weights, 0, locals.length, 2, whole, mode, extra(), null);
      walkPostings(cleanShard(base, 600), locals, weights, 0, locals.length, 2, part, mode, extra(), { locals: only, count: only.length });
      const touched = (s: SlotScores) => [...s.touched.subarray(0, s.count)].sort((a, b) => a - b);
      const expected = touched(whole).filter((slot) => only.includes(slot - base));
      expect(touched(part)).toEqual(expected);
      for (const slot of expected) expect(part.scores[slot], `slot ${slot}`).toBe(whole.scores[slot]);
      expect(expected.length).toBeGreaterThan(3);
    });
  }
});

describe('a query whose later word is common', () => {
  const doc = (i: number, text: string): SearchDoc => ({
    instrument: 'xz-data-act-2030',
    instrumentTitle: 'Data Act 2030',
    jurisdiction: 'XZ',
    eId: `sec_${i}`,
    num: String(i),
    unit: String(i),
    heading: `Section ${i}`,
    text,
    defines: [],
    kind: 'general',
    articles: [],
  });
  // 300 provisions name data; four of them also interference. Scoring "data" for the four alone must change nothing.
  const docs = Array.from({ length: 300 }, (_, i) =>
    doc(i + 1, i % 75 === 7 ? `Interference with data held on a register ${i} is an offence.` : `A controller keeps data of register ${i} for ${1 + (i % 9)} years.`),
  );
  const search = ProvisionSearch.build(docs, fixtureThesaurus());
  const byEId = (q: string) => new Map(search.query({ q, size: 100, synonyms: false }).hits.map((h) => [h.eId, h.score]));

  it('finds exactly the provisions with both words, each scored as the sum of the two words alone', () => {
    const both = byEId('interference data');
    expect([...both.keys()].sort()).toEqual(['sec_158', 'sec_233', 'sec_8', 'sec_83']);
    const interference = byEId('interference');
    const data = byEId('data');
    for (const [eId, score] of both) expect(score, eId).toBeCloseTo(interference.get(eId)! + data.get(eId)!, 2);
    expect(byEId('data interference')).toEqual(both);
  });
});
