import { describe, expect, it } from 'vitest';
import { SearchSyntaxError } from '../../../server/search/index.ts';
import { parseQuery } from '../../../server/search/parse-query.ts';
import { buildFixture, syntaxErrorOf } from './fixture.ts';

describe('parseQuery', () => {
  it('reads words, phrases, fields, presence, wildcards, boosts and fuzzy terms', () => {
    const c = parseQuery('+heading:access -"without right"^2 intercept* forgery~1 data^3');
    expect(c.map((x) => [x.kind, x.text, x.field, x.presence, x.boost, x.fuzzy, x.wildcard])).toEqual([
      ['term', 'access', 'heading', 'required', 1, 0, false],
      ['phrase', 'without right', undefined, 'prohibited', 2, 0, false],
      ['term', 'intercept*', undefined, 'optional', 1, 0, true],
      ['term', 'forgery', undefined, 'optional', 1, 1, false],
      ['term', 'data', undefined, 'optional', 3, 0, false],
    ]);
    expect(c[2].position).toBe(35);
  });

  it('keeps hyphens inside a word ("computer-related") and accepts an empty query', () => {
    expect(parseQuery('computer-related')[0].text).toBe('computer-related');
    expect(parseQuery('   ')).toEqual([]);
  });
});

describe('syntax errors say what is wrong and where', () => {
  const cases: Array<[string, RegExp, number]> = [
    ['author:access', /Unknown field "author" at position 0; fields are heading, defines, context, text, title/, 0],
    ['access heading:', /Field "heading:" at position 7 has no word after it/, 7],
    ['heading: access', /Field "heading:" at position 0 has no word after it/, 0],
    ['"without right', /Unclosed quote: the phrase starting at position 0/, 0],
    ['access "unbalanced', /Unclosed quote: the phrase starting at position 7/, 7],
    ['+', /"\+" at position 0 must be followed by a word or phrase/, 0],
    ['access + data', /"\+" at position 7 must be followed/, 7],
    ['-', /"-" at position 0 must be followed/, 0],
    [':access', /":" at position 0 has no field name before it/, 0],
    ['""', /Empty phrase "" at position 0/, 0],
    ['access^', /Boost "\^" at position 6 needs a positive number/, 6],
    ['access^x', /Boost "\^x" at position 6/, 6],
    ['access^0', /Boost "\^0" at position 6/, 6],
    ['access~', /Fuzzy "~" at position 6 needs an edit distance of 0 to 2/, 6],
    ['access~5', /Fuzzy "~5" at position 6/, 6],
    ['"without right"~1', /Fuzzy "~" at position 15 applies to single words, not to phrases/, 15],
    ['^2', /"\^2" at position 0 has no word before its modifier/, 0],
    ['*', /Wildcard "\*" at position 0 needs at least 2 letters/, 0],
    ['a*', /Wildcard "a\*" at position 0 needs at least 2 letters/, 0],
    ['ab*~1', /mixes a wildcard and a fuzzy match/, 0],
    ['acc"ess', /Unexpected quote at position 3/, 3],
    ['"without right"x', /Unexpected "x" right after the phrase/, 15],
  ];
  for (const [q, message, position] of cases) {
    it(`${JSON.stringify(q)}`, () => {
      const error = syntaxErrorOf(q);
      expect(error).toBeInstanceOf(SearchSyntaxError);
      expect(error.message).toMatch(message);
      expect(error.position).toBe(position);
      expect(error.code).toBe('LEXALIGN_ERR_SEARCH_SYNTAX');
    });
  }

  it('reach the caller of ProvisionSearch.query as SearchSyntaxError, never as a lunr error', () => {
    const search = buildFixture();
    for (const q of ['author:x', '"unbalanced', 'heading:', '+', 'x'.repeat(1001)]) {
      expect(() => search.query({ q })).toThrow(SearchSyntaxError);
    }
    expect(() => search.query({ q: 42 as unknown as string })).toThrow(/"q" must be a string/);
    expect(() => search.query({ q: 'access', group: 'section' as 'unit' })).toThrow(/group must be "provision" or "unit"/);
  });
});
