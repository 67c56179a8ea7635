import { describe, expect, it } from 'vitest';
import { buildFixture, cites } from './fixture.ts';

const search = buildFixture();

describe('legal synonyms (thesaurus expansion at query time)', () => {
  it('"unauthorised" finds "without authority" and "without right", the typed word ranking first', () => {
    const r = search.query({ q: 'unauthorised access' });
    expect(cites(r)).toContain('xa:s. 4(1)');
    expect(cites(r)).toContain('xb:Art. 3');
    expect(cites(r)[0]).toBe('xa:s. 4');
    expect(r.notes?.join(' ')).toMatch(/synonyms used for: unauthorised/);
  });

  it('"computer system" finds "information system"; "child pornography" finds "child sexual abuse material"', () => {
    expect(cites(search.query({ q: '"information system"' }))).toEqual(expect.arrayContaining(['xa:s. 5', 'xb:Art. 4']));
    const cs = cites(search.query({ q: 'computer system' }));
    expect(cs).toEqual(expect.arrayContaining(['xa:s. 5', 'xa:s. 4(1)']));
    const cp = search.query({ q: 'child pornography' });
    expect(cites(cp)).toEqual(expect.arrayContaining(['xb:Art. 4', 'xa:s. 7']));
    expect(cites(cp)[0]).toBe('xb:Art. 4');
  });

  it('can be turned off per request', () => {
    expect(cites(search.query({ q: 'unauthorised', synonyms: false }))).toEqual(['xa:s. 4', 'xa:s. 4(1)']);
    expect(search.query({ q: 'unauthorised', synonyms: false }).notes).toBeUndefined();
  });

  it('keeps a plan per words and options: the same words with and without synonyms, in turn, keep their answers', () => {
    const fresh = buildFixture();
    const without = cites(fresh.query({ q: 'unauthorised', synonyms: false }));
    const withSynonyms = cites(fresh.query({ q: 'unauthorised' }));
    expect(withSynonyms.length).toBeGreaterThan(without.length);
    expect(cites(fresh.query({ q: 'unauthorised', synonyms: false }))).toEqual(without);
    expect(cites(fresh.query({ q: 'unauthorised' }))).toEqual(withSynonyms);
    expect(cites(fresh.query({ q: 'magistrate imprisonment' }))).toEqual(cites(fresh.query({ q: 'magistrate imprisonment', match: 'any' })));
  });

  it('a synonym satisfies a required word; an excluded word excludes only itself', () => {
    expect(cites(search.query({ q: '+wiretapping' }))).toEqual(expect.arrayContaining(['xb:Art. 5', 'xa:s. 5']));
    const r = search.query({ q: 'access -unauthorised' });
    expect(cites(r)).toContain('xb:Art. 3');
    expect(cites(r)).not.toContain('xa:s. 4');
  });
});

describe('phrases (lunr has none: all words required, then a positional check)', () => {
  it('matches the words side by side, across punctuation, with only the query\'s own stop words between', () => {
    expect(cites(search.query({ q: '"aiding or abetting"' }))).toEqual(['xa:s. 6']);
    // "aiding a person abetting" in Art. 9 has both words but not the phrase.
    expect(cites(search.query({ q: '"aiding abetting"' }))).toEqual([]);
    expect(search.query({ q: 'aiding abetting' }).total).toBe(2);
  });

  it('a quoted phrase must occur; -"phrase" excludes; hyphenated words match either way', () => {
    expect(cites(search.query({ q: 'offence "without lawful excuse"' }))).toEqual(['xa:s. 5']);
    expect(cites(search.query({ q: 'punished -"without right"' }))).toEqual(['xb:Art. 4']);
    expect(cites(search.query({ q: '"computer related"' }))).toEqual(['xb:Art. 5']);
    expect(cites(search.query({ q: 'computer-related' }))).toEqual(['xb:Art. 5']);
  });
});

describe('lunr syntax', () => {
  it('fields restrict where a word may match', () => {
    // The heading "Wiretapping" is found through the interception group, below the typed word.
    expect(cites(search.query({ q: 'heading:interception' }))).toEqual(['xa:s. 5', 'xb:Art. 5']);
    expect(cites(search.query({ q: 'text:interception' }))).toEqual(['xa:s. 5', 'xb:Art. 5']);
    expect(cites(search.query({ q: 'heading:magistrate' }))).toEqual([]);
    expect(cites(search.query({ q: 'defines:"computer system"' }))).toEqual(['xa:s. 2(a)', 'xa:s. 2']);
  });

  it('wildcards expand over indexed stems, including a stemmed prefix', () => {
    expect(cites(search.query({ q: 'intercept*' }))).toContain('xa:s. 5');
    expect(cites(search.query({ q: 'preserv*' }))).toEqual(['xa:s. 9']);
    expect(cites(search.query({ q: 'preservation*' }))).toEqual(['xa:s. 9']);
  });

  it('fuzzy matching finds a misspelt word within the edit distance', () => {
    expect(cites(search.query({ q: 'magistrrate~1' }))).toEqual(['xa:s. 9']);
    expect(cites(search.query({ q: 'magistrat~2' }))).toEqual(['xa:s. 9']);
    expect(search.query({ q: 'magistrxx~1' }).total).toBe(0);
  });

  it('+ requires, - excludes, ^ boosts', () => {
    expect(cites(search.query({ q: '+punished +imprisonment' }))).toEqual(['xb:Art. 3']);
    const plain = cites(search.query({ q: 'magistrate imprisonment' }));
    const boosted = cites(search.query({ q: 'magistrate imprisonment^10' }));
    expect(plain[0]).toBe('xa:s. 9');
    expect(boosted[0]).toBe('xb:Art. 3');
  });

  it('a query of common words only finds nothing and says why', () => {
    const r = search.query({ q: 'the of' });
    expect(r.total).toBe(0);
    expect(r.notes).toEqual(['ignored common words: the, of']);
  });
});

describe('thesaurus phrases found when a shard is built', () => {
  it('answer exactly as phrases checked at query time', () => {
    const stored = buildFixture();
    const checked = buildFixture();
    // Internal: drop the phrase lists, so every multi-word synonym is checked on positions per query.
    const shards = (checked as unknown as { shards: Array<{ phrases: Map<string, unknown> }> }).shards;
    expect(shards.some((s) => s.phrases.size > 0)).toBe(true);
    shards.forEach((s) => s.phrases.clear());
    for (const q of ['unauthorised access', 'computer system', 'child pornography', '+wiretapping', 'aiding abetting', 'defines:"computer system"']) {
      expect(stored.query({ q, size: 50 })).toEqual(checked.query({ q, size: 50 }));
    }
  });
});

describe('reused score buffers', () => {
  it('leave nothing behind: a query answers the same after any other query, even one that failed', () => {
    const fresh = () => buildFixture();
    const queries = ['unauthorised access', '+punished -imprisonment', 'intercept*', '"aiding or abetting"', 'offence', '-child', 'computer system'];
    const expected = queries.map((q) => fresh().query({ q, size: 50 }));
    const search = fresh();
    for (let round = 0; round < 2; round++) {
      queries.forEach((q, i) => {
        expect(() => search.query({ q: 'author:x' })).toThrow();
        expect(search.query({ q, size: 50 })).toEqual(expected[i]);
      });
    }
  });
});
