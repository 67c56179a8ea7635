import { describe, expect, it } from 'vitest';
import { SearchSyntaxError } from '../../../server/search/index.ts';
import { parseQuery } from '../../../server/search/parse-query.ts';
import { planQuery } from '../../../server/search/plan-query.ts';
import { NO_ALL_WORDS_NOTE } from '../../../server/search/provision-search.ts';
import { SynonymIndex } from '../../../server/search/synonym-index.ts';
import { buildFixture, cites, syntaxErrorOf } from './fixture.ts';

const search = buildFixture();

describe('AND, OR and NOT: parsing', () => {
  it('reads capitalised connectors as operators and lower-case ones as words', () => {
    const c = parseQuery('access AND data OR system NOT child');
    expect(c.map((x) => [x.text, x.join, x.presence])).toEqual([
      ['access', undefined, 'optional'],
      ['data', 'and', 'optional'],
      ['system', 'or', 'optional'],
      ['child', undefined, 'prohibited'],
    ]);
    expect(parseQuery('search and seizure').map((x) => x.text)).toEqual(['search', 'and', 'seizure']);
  });

  it('reads title: as a field of the instrument', () => {
    expect(parseQuery('title:"computer misuse" -title:bill').map((x) => [x.field, x.kind, x.text, x.presence])).toEqual([
      ['title', 'phrase', 'computer misuse', 'optional'],
      ['title', 'term', 'bill', 'prohibited'],
    ]);
  });

  const errors: Array<[string, RegExp, number]> = [
    ['OR access', /"OR" at position 0 has no word before it/, 0],
    ['access AND', /"AND" at position 7 has no word after it/, 7],
    ['access NOT', /"NOT" at position 7 has no word after it/, 7],
    ['access AND OR data', /"AND OR" at position 7: two operators in a row/, 7],
    ['NOT NOT access', /"NOT NOT" at position 0/, 0],
    ['NOT -access', /write NOT word or -word, not both/, 0],
    ['+access OR data', /"OR" at position 8 joins a word that is required or left out/, 8],
    ['title:kenya OR access', /joins a title: word with words of the text/, 12],
    ['heading:access OR data', /joins words of different fields/, 15],
  ];
  for (const [q, message, position] of errors) {
    it(`refuses ${JSON.stringify(q)} saying what to do`, () => {
      const error = syntaxErrorOf(q);
      expect(error).toBeInstanceOf(SearchSyntaxError);
      expect(error.message).toMatch(message);
      expect(error.position).toBe(position);
    });
  }
});

describe('AND, OR and NOT: planning', () => {
  const synonyms = new SynonymIndex([{ id: 'computer_system', terms: ['computer system', 'information system'] }]);

  it('requires every word by default, and none with "any of these words"', () => {
    expect(planQuery(parseQuery('access data'), null).units.map((u) => u.presence)).toEqual(['required', 'required']);
    expect(planQuery(parseQuery('access data'), null, 'any').units.map((u) => u.presence)).toEqual(['optional', 'optional']);
    // An explicit AND requires both sides in either mode.
    expect(planQuery(parseQuery('access AND data system'), null, 'any').units.map((u) => u.presence)).toEqual(['required', 'required', 'optional']);
  });

  it('binds OR first, into one unit whose alternatives are its words', () => {
    const plan = planQuery(parseQuery('access data OR system'), null);
    expect(plan.units.map((u) => [u.label, u.presence, u.alts.length])).toEqual([
      ['access', 'required', 1],
      ['data OR system', 'required', 2],
    ]);
  });

  it('lets a synonym of a multi-word term stand for each of its required words', () => {
    const plan = planQuery(parseQuery('computer system'), synonyms);
    const words = plan.units.filter((u) => u.presence === 'required');
    expect(words.map((u) => u.alts.map((a) => a.label))).toEqual([
      ['computer', 'information system'],
      ['system', 'information system'],
    ]);
  });

  it('marks a query as relaxable only when AND was the default between two or more words', () => {
    expect(planQuery(parseQuery('access data'), null).relaxable).toBe(true);
    expect(planQuery(parseQuery('access AND data'), null).relaxable).toBe(false);
    expect(planQuery(parseQuery('access'), null).relaxable).toBe(false);
    expect(planQuery(parseQuery('access data'), null, 'any').relaxable).toBe(false);
    expect(planQuery(parseQuery('the of access'), null).relaxable).toBe(false);
  });
});

describe('AND, OR and NOT: results', () => {
  it('finds only provisions with every word (or a synonym of it) by default', () => {
    const all = search.query({ q: 'access imprisonment' });
    expect(cites(all)).toEqual(['xb:Art. 3']);
    expect(all.notes ?? []).not.toContain(NO_ALL_WORDS_NOTE);
    const any = search.query({ q: 'access imprisonment', match: 'any' });
    expect(any.total).toBeGreaterThan(all.total);
    expect(cites(any)[0]).toBe('xb:Art. 3');
  });

  it('with no provision holding every word, shows those with any of them and says so', () => {
    const r = search.query({ q: 'magistrate imprisonment' });
    expect(r.notes?.[0]).toBe(NO_ALL_WORDS_NOTE);
    expect(cites(r)).toEqual(cites(search.query({ q: 'magistrate imprisonment', match: 'any' })));
    // An explicit AND is the user's own: no relaxing.
    const strict = search.query({ q: 'magistrate AND imprisonment' });
    expect(strict.total).toBe(0);
    expect(strict.notes ?? []).not.toContain(NO_ALL_WORDS_NOTE);
  });

  it('a synonym of the whole term satisfies each word ("information system" for "computer system")', () => {
    expect(cites(search.query({ q: 'computer system' }))).toEqual(expect.arrayContaining(['xa:s. 4(1)', 'xb:Art. 4']));
  });

  it('OR finds either, NOT leaves a word out as - does', () => {
    expect(cites(search.query({ q: 'preservation OR wiretapping', size: 50 })).sort()).toEqual(['xa:s. 5', 'xa:s. 9', 'xb:Art. 5']);
    expect(search.query({ q: 'access NOT unauthorised' })).toEqual(search.query({ q: 'access -unauthorised' }));
  });

  it('rejects a match mode it does not know', () => {
    expect(() => search.query({ q: 'access', match: 'some' as 'any' })).toThrow(/match must be "all" or "any"/);
  });
});

describe('title: restricts the instruments searched', () => {
  it('keeps the hits of instruments whose title has the words', () => {
    expect(new Set(search.query({ q: 'access title:code', size: 50 }).hits.map((h) => h.instrument))).toEqual(new Set(['xb-cyber-security-code-2031']));
    expect(new Set(search.query({ q: 'access -title:code', size: 50 }).hits.map((h) => h.instrument))).toEqual(new Set(['xa-computer-offences-act-2030']));
    expect(search.query({ q: 'access title:"offences act"', size: 50 }).hits.every((h) => h.instrument === 'xa-computer-offences-act-2030')).toBe(true);
    expect(search.query({ q: 'access title:"act offences"' }).total).toBe(0);
  });

  it('takes a prefix, OR between titles, and alone lists the instruments\' provisions in statute order', () => {
    expect(search.query({ q: 'title:cyb*', size: 50 }).hits.map((h) => h.citation)).toEqual(['Art. 3', 'Art. 4', 'Art. 5', 'Art. 9']);
    expect(new Set(search.query({ q: 'title:code OR title:offences', size: 50 }).hits.map((h) => h.instrument)).size).toBe(2);
    expect(search.query({ q: 'title:treaty' }).total).toBe(0);
  });

  it('counts facets over the instruments kept only', () => {
    const r = search.query({ q: 'access title:code' });
    expect(r.facets.jurisdiction.map((v) => v.value)).toEqual(['XB']);
  });
});
