import { describe, expect, it } from 'vitest';
import { findCues, profileCues, singleStatuteCues, staleNotes, summariseCues, thesaurusCues, unjustifiedCues } from '../../../server/eval/cue-lint.ts';

const profile = {
  articles: [
    {
      article: '2',
      headingCues: ['unauthorised access', 'illegal access'],
      elements: [{ id: 'intent', cues: ['@intent', 'knowingly'], narrowing: ['recklessly', { future: 'shape' }] }],
    },
  ],
};
const thesaurus = { groups: [{ id: 'without_right', terms: ['without lawful excuse', 'without authority'] }] };
const statutes = [
  { id: 'a', texts: ['Unauthorized access. A person who, Without Lawful Excuse, knowingly accesses a computer commits an offence.'] },
  { id: 'b', texts: ['A person who, without authority, knowingly ...', 'Recklessly'] },
];
const convention = 'Article 2 – Illegal access';

describe('cue lint', () => {
  const cues = [...profileCues(profile), ...thesaurusCues(thesaurus)];
  const findings = findCues(cues, statutes, convention);
  const phraseOf = (list: typeof findings) => list.map((f) => f.phrase).sort();

  it('reads cues leniently, leaving @group references and non-strings out', () => {
    expect(cues.map((c) => c.phrase)).toEqual(['unauthorised access', 'illegal access', 'knowingly', 'recklessly', 'without lawful excuse', 'without authority']);
  });

  it('matches as the aligner does (case, spelling, whole words) and flags one-statute phrases not in the Convention', () => {
    expect(findings.find((f) => f.phrase === 'knowingly')?.statutes).toEqual(['a', 'b']);
    expect(findings.find((f) => f.phrase === 'illegal access')?.inConvention).toBe(true);
    expect(phraseOf(singleStatuteCues(findings))).toEqual(['recklessly', 'unauthorised access', 'without authority', 'without lawful excuse']);
  });

  it('accepts a justification whatever its case or spacing, and names stale notes', () => {
    const notes = { 'Without  Lawful Excuse': 'ordinary Commonwealth drafting', 'hacking': 'no longer flagged' };
    expect(phraseOf(unjustifiedCues(findings, notes))).toEqual(['recklessly', 'unauthorised access', 'without authority']);
    expect(staleNotes(findings, notes)).toEqual(['hacking']);
    const [p, t] = summariseCues(findings, notes);
    expect(p).toMatchObject({ origin: 'profile', phrases: 4, inConvention: 1, inOneStatute: 2, unjustified: 2 });
    expect(t).toMatchObject({ origin: 'thesaurus', phrases: 2, inOneStatute: 2, justified: 1, unjustified: 1 });
  });

  it('holds the search-only synonym groups to the same rule, counted under their own origin', () => {
    const search = thesaurusCues({ groups: [{ id: 'search_offence', terms: ['knowingly', 'recklessly'] }] }, 'search');
    expect(search.map((c) => c.where)).toEqual(['search group search_offence', 'search group search_offence']);
    const all = findCues([...cues, ...search], statutes, convention);
    expect(phraseOf(unjustifiedCues(all, {}))).toContain('recklessly');
    const s = summariseCues(all, {}).find((x) => x.origin === 'search');
    expect(s).toMatchObject({ phrases: 2, inOneStatute: 1, unjustified: 1 });
  });
});
