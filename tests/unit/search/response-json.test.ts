import { describe, expect, it } from 'vitest';
import { searchResponseJson } from '../../../server/search/response-json.ts';
import type { SearchResponse } from '../../../server/search/index.ts';
import { ProvisionSearch } from '../../../server/search/index.ts';
import { buildFixture, fixtureDocs, fixtureThesaurus } from './fixture.ts';

describe('the search answer as JSON bytes', () => {
  it('reads back as the very answer, keys in the same order, for plain, grouped, filtered, empty and relaxed queries', () => {
    const search = buildFixture();
    const answers = [
      search.query({ q: 'unauthorised access', size: 5 }),
      search.query({ q: 'interception', group: 'unit', filters: { jurisdiction: ['XA'] } }),
      search.query({ q: 'computer', filters: { kind: ['offence'], jurisdiction: ['XB', 'ZZ'] } }),
      search.query({ q: 'zzzz' }),
      search.query({ q: 'interception zzzz' }),
      search.query({ q: '' }),
    ];
    expect(answers.some((a) => a.notes !== undefined)).toBe(true);
    for (const answer of answers) {
      const text = searchResponseJson(answer).toString('utf8');
      expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(answer));
    }
  });

  it('is pure ASCII: quotes, backslashes, control characters, dashes, ellipses and astral characters are escaped', () => {
    const awkward = 'Part II – “Offences” \\ s. 4 … \u0007 tab\there 𝔄 \ud800';
    const answer: SearchResponse = {
      total: 1,
      page: 1,
      size: 1,
      hits: [
        {
          instrument: 'xa-act',
          instrumentTitle: awkward,
          jurisdiction: 'XA',
          eId: 'sec_1',
          num: '1',
          unit: '1',
          citation: 's. 1',
          snippet: [{ text: awkward, highlight: false }, { text: 'access', highlight: true }],
          score: 1.234,
          kind: 'offence',
          heading: 'Unauthorised access',
          headingSnippet: [{ text: 'Unauthorised access', highlight: false }],
          part: awkward,
        },
      ],
      facets: { jurisdiction: [{ value: 'XA', label: 'XA', count: 1 }], instrument: [], kind: [], part: [{ value: 'offences', label: awkward, count: 1 }], article: [] },
      notes: [awkward],
    };
    const bytes = searchResponseJson(answer);
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    expect(JSON.parse(bytes.toString('latin1'))).toEqual(answer);
    expect(JSON.stringify(JSON.parse(bytes.toString('latin1')))).toBe(JSON.stringify(answer));
  });

  it('writes a provision\'s fixed fields once and its snippets each time, escaped where they need it (a cut snippet\'s "…")', () => {
    // One provision with plain text, one whose text and heading need escaping (a dash, quotes, a backslash).
    const [plain, other] = fixtureDocs();
    const awkward = { ...other, eId: 'sec_99', num: '99', unit: '99', heading: 'Offences – “access”', text: 'Access \\ to a “computer” – without authority – is an offence.' };
    // A long plain text: its snippet is cut, with "…" (not ASCII) where text is left out.
    const filler = 'The Minister may make regulations for the better carrying out of the provisions of this Act. ';
    const long = { ...other, eId: 'sec_98', num: '98', unit: '98', heading: 'Regulations', text: `${filler.repeat(4)}Interference with computer data is an offence. ${filler.repeat(4)}` };
    const search = ProvisionSearch.build([plain, awkward, long], fixtureThesaurus());
    const cut = search.query({ q: 'interference', synonyms: false });
    expect(cut.hits[0].snippet.map((s) => s.text).join('')).toMatch(/^… .* …$/);
    for (const q of ['access', 'access', 'computer offence', 'computer offence', 'interference', 'interference']) {
      const answer = search.query({ q, match: 'any' });
      expect(answer.hits.length, q).toBeGreaterThan(0);
      const bytes = searchResponseJson(answer);
      expect(bytes.every((b) => b < 0x80)).toBe(true);
      expect(JSON.stringify(JSON.parse(bytes.toString('latin1'))), q).toBe(JSON.stringify(answer));
    }
  });
});
