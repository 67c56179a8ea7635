/* eslint-disable @typescript-eslint/no-explicit-any -- each test breaks an arbitrary field of a profile */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProfile, ProfileError, validateProfile } from '../../../server/templates/index.ts';
import { createThesaurus } from '../../../server/thesaurus/index.ts';

/** A small, valid profile of a made-up model law; each test breaks one field. */
function validProfile(): Record<string, any> {
  return {
    id: 'model-computer-crimes-bill',
    title: 'Model Computer Crimes Bill',
    shortTitle: 'Model Bill',
    year: 2020,
    articles: [
      {
        article: '4',
        title: 'Illegal access',
        group: 'substantive',
        chapter: 'Part II Offences',
        obligation: 'mandatory',
        summary: 'Makes entering a computer without authority an offence.',
        headingCues: ['unauthorised access'],
        elements: [{ id: 'without_right', label: 'Without authority', status: 'required', cues: ['@without_right'], flag: 'without-right' }],
      },
    ],
  };
}

const thesaurus = createThesaurus({ groups: [{ id: 'without_right', terms: ['without authority', 'unauthorised'] }] });
const expectError = (value: unknown, field: RegExp): void => {
  try {
    validateProfile(value, 'model.profile.json', thesaurus);
  } catch (err) {
    expect(err).toBeInstanceOf(ProfileError);
    expect((err as ProfileError).code).toBe('LEXALIGN_ERR_BAD_PROFILE');
    expect((err as Error).message).toMatch(/^model\.profile\.json: /);
    expect((err as ProfileError).field).toMatch(field);
    return;
  }
  throw new Error('expected a ProfileError');
};

describe('validateProfile', () => {
  it('accepts a valid profile and returns it', () => {
    expect(validateProfile(validProfile(), 'model.profile.json', thesaurus).articles[0].article).toBe('4');
  });

  it('names the broken field', () => {
    const cases: Array<[(p: Record<string, any>) => void, RegExp]> = [
      [(p) => delete p.title, /^title$/],
      [(p) => (p.year = '2020'), /^year$/],
      [(p) => (p.id = 'Has Spaces'), /^id$/],
      [(p) => (p.articles = []), /^articles$/],
      [(p) => (p.articles[0].group = 'offences'), /articles\[0\] \(article 4\)\.group/],
      [(p) => (p.articles[0].obligation = 'must'), /\.obligation$/],
      [(p) => (p.articles[0].summary = '  '), /\.summary$/],
      [(p) => (p.articles[0].headingCues = []), /\.headingCues$/],
      [(p) => (p.articles[0].elements = []), /\.elements$/],
      [(p) => (p.articles[0].elements[0].status = 'maybe'), /elements\[0\]\.status$/],
      [(p) => (p.articles[0].elements[0].cues = []), /elements\[0\]\.cues$/],
      [(p) => (p.articles[0].elements[0].cues = ['ok', '']), /elements\[0\]\.cues\[1\]$/],
      [(p) => (p.articles[0].elements[0].flag = 'Without Right'), /elements\[0\]\.flag$/],
      [(p) => (p.articles[0].elements[0].id = 'WithoutRight'), /elements\[0\]\.id$/],
      [(p) => (p.articles[0].article = 'four'), /articles\[0\]\.article$/],
      [(p) => p.articles.push(structuredClone(p.articles[0])), /articles\[1\]\.article$/],
      [(p) => p.articles[0].elements.push(structuredClone(p.articles[0].elements[0])), /elements\[1\]\.id$/],
      [(p) => (p.articles[0].reservations = [{ paragraph: '2', kind: 'opt-out', effect: 'x' }]), /reservations\[0\]\.kind$/],
    ];
    for (const [breakIt, field] of cases) {
      const p = validProfile();
      breakIt(p);
      expectError(p, field);
    }
  });

  it('rejects a cue naming a thesaurus group that does not exist', () => {
    const p = validProfile();
    p.articles[0].elements[0].cues = ['@without_rigth'];
    expectError(p, /elements\[0\]\.cues\[0\]$/);
  });

  it('rejects what is not an object', () => {
    expectError(null, /\(root\)/);
    expectError([validProfile()], /\(root\)/);
  });
});

describe('loadProfile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lexalign-profile-'));

  it('names the file when it cannot be read or parsed', () => {
    expect(() => loadProfile(join(dir, 'absent.profile.json'))).toThrow(/absent\.profile\.json: \(file\) cannot be read/);
    const broken = join(dir, 'broken.profile.json');
    writeFileSync(broken, '{"id": "x",');
    expect(() => loadProfile(broken)).toThrow(/broken\.profile\.json: \(file\) is not valid JSON/);
  });

  it('loads a valid file', () => {
    const path = join(dir, 'model.profile.json');
    writeFileSync(path, JSON.stringify(validProfile()));
    expect(loadProfile(path).shortTitle).toBe('Model Bill');
  });
});
