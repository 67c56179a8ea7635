import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { defaultProfilesDir, listProfiles, loadProfile } from '../../../server/templates/index.ts';
import { loadThesaurus } from '../../../server/thesaurus/index.ts';

const thesaurus = loadThesaurus();
// Validating with the thesaurus also proves every `@group` cue names a real group.
const budapest = loadProfile(join(defaultProfilesDir, 'coe-budapest-convention-2001.profile.json'), thesaurus);
const lanzarote = loadProfile(join(defaultProfilesDir, 'coe-lanzarote-convention-cets201-2007.profile.json'), thesaurus);

const range = (a: number, b: number): string[] => Array.from({ length: b - a + 1 }, (_, i) => String(a + i));
const IN_SCOPE = [...range(1, 12), ...range(16, 22), ...range(24, 35)];
const byNumber = new Map(budapest.articles.map((a) => [a.article, a]));

describe('Budapest Convention profile', () => {
  it('covers every in-scope article, in treaty order, and nothing else', () => {
    expect(budapest.articles.map((a) => a.article)).toEqual(IN_SCOPE);
  });

  it('uses the official article titles', () => {
    expect(byNumber.get('2')?.title).toBe('Illegal access');
    expect(byNumber.get('9')?.title).toBe('Offences related to child pornography');
    expect(byNumber.get('16')?.title).toBe('Expedited preservation of stored computer data');
    expect(byNumber.get('29')?.title).toBe('Expedited preservation of stored computer data');
    expect(byNumber.get('35')?.title).toBe('24/7 Network');
  });

  it('groups articles as the Convention does', () => {
    const group = (n: string) => byNumber.get(n)?.group;
    expect(group('1')).toBe('definitions');
    for (const n of range(2, 10)) expect(group(n)).toBe('substantive');
    expect([group('11'), group('12')]).toEqual(['ancillary', 'ancillary']);
    for (const n of range(16, 21)) expect(group(n)).toBe('procedural');
    expect(group('22')).toBe('jurisdiction');
    for (const n of range(24, 35)) expect(group(n)).toBe('cooperation');
    expect(new Set(budapest.articles.map((a) => a.chapter))).toEqual(
      new Set(['Ch. I Use of terms', 'Ch. II s.1 Substantive criminal law', 'Ch. II s.2 Procedural law', 'Ch. II s.3 Jurisdiction', 'Ch. III International co-operation']),
    );
  });

  it('makes every in-scope article an obligation and attaches reservations to paragraphs, not articles', () => {
    // Reservations let a party not apply a paragraph (6(3), 9(4), 11(3), 22(2), 29(4)): the elements of that
    // paragraph say so, and the article stays in the harmonisation score.
    expect(budapest.articles.filter((a) => a.obligation !== 'mandatory')).toEqual([]);
    const reservable = budapest.articles.flatMap((a) => a.elements.filter((e) => e.reservable).map((e) => `${a.article}:${e.id}@${e.reservable}`));
    expect(reservable).toEqual([
      '6:device_or_program@6(3)', '6:possession@6(3)', '9:procuring@9(4)', '9:possessing@9(4)', '11:attempt@11(3)',
      '22:ship@22(2)', '22:aircraft@22(2)', '22:nationals@22(2)', '29:no_dual_criminality@29(4)',
    ]);
    expect(byNumber.get('2')?.reservations?.[0].kind).toBe('declaration');
  });

  it('models Art. 22(3) as met by nationality jurisdiction', () => {
    expect(byNumber.get('22')?.elements.find((e) => e.id === 'aut_dedere')?.alternatives).toEqual(['nationals']);
  });

  it('gives every article a summary, heading cues and at least one required element with cues', () => {
    for (const a of budapest.articles) {
      expect(a.summary.length, `Art. ${a.article} summary`).toBeGreaterThan(80);
      expect(a.headingCues.length, `Art. ${a.article} heading cues`).toBeGreaterThan(2);
      expect(a.elements.some((e) => e.status === 'required'), `Art. ${a.article} required element`).toBe(true);
      for (const e of a.elements) expect(e.cues.every((c) => c.trim().length > 0), `Art. ${a.article} ${e.id}`).toBe(true);
    }
  });

  it('uses every named divergence flag', () => {
    const flags = new Set(budapest.articles.flatMap((a) => a.elements.map((e) => e.flag).filter(Boolean)));
    for (const f of ['recklessness', 'without-right', 'security-measures', 'dishonest-intent', 'non-public-transmission', 'technical-means', 'object-of-offence', 'penalty-range']) {
      expect(flags, f).toContain(f);
    }
  });

  it('leaves the options of Art. 2 to parties', () => {
    const els = new Map(byNumber.get('2')!.elements.map((e) => [e.id, e]));
    expect(els.get('without_right')?.status).toBe('required');
    expect(els.get('intent')?.status).toBe('required');
    expect(els.get('security_measures')).toMatchObject({ status: 'optional', flag: 'security-measures' });
    expect(els.get('dishonest_intent')).toMatchObject({ status: 'optional', flag: 'dishonest-intent' });
    expect(els.get('connected_system')?.status).toBe('optional');
  });

  it('makes dishonest intent an element of fraud itself (Art. 8), not an option', () => {
    const fraud = byNumber.get('8')!.elements.find((e) => e.flag === 'dishonest-intent');
    expect(fraud?.status).toBe('required');
  });

  it('makes the computer system a core element of access and system interference (Arts 2 and 5)', () => {
    // "the whole or any part of a computer system", "the functioning of a computer system": obstructing an officer
    // who executes a search is hindering, but not of a computer system.
    for (const n of ['2', '5']) expect(byNumber.get(n)!.elements.find((e) => e.id === 'computer_system')?.core, `Art. ${n}`).toBe(true);
  });

  it('names the authorities a Party must designate (Arts 24(7), 27(2), 35(1)) and what for', () => {
    expect(byNumber.get('27')!.designates).toMatchObject({ authority: ['central authority'] });
    expect(byNumber.get('24')!.designates?.for).toEqual(['extradition']);
    expect(byNumber.get('35')!.designates?.for).toContain('24/7');
  });

  it('puts a penalty element on every offence article (Art. 13 read through them)', () => {
    for (const n of range(2, 10)) expect(byNumber.get(n)!.elements.some((e) => e.flag === 'penalty-range'), `Art. ${n}`).toBe(true);
  });
});

describe('Lanzarote Convention profile', () => {
  it('covers the criminal-law offences, Articles 18 to 23', () => {
    expect(lanzarote.articles.map((a) => a.article)).toEqual(range(18, 23));
    expect(lanzarote.articles.find((a) => a.article === '23')?.headingCues).toContain('grooming');
    expect(lanzarote.articles.every((a) => a.group === 'substantive')).toBe(true);
  });
});

describe('listProfiles', () => {
  it('lists the shipped profiles by name', () => {
    const names = listProfiles().map((p) => p.split('/').pop());
    expect(names).toEqual(['coe-budapest-convention-2001.profile.json', 'coe-lanzarote-convention-cets201-2007.profile.json']);
  });

  it('gives none for a folder that does not exist', () => {
    expect(listProfiles('/no/such/folder')).toEqual([]);
  });
});
