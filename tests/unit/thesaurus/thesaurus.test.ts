import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createThesaurus, loadThesaurus, ThesaurusError, validateThesaurus } from '../../../server/thesaurus/index.ts';

const small = createThesaurus({
  groups: [
    { id: 'without_right', terms: ['without right', 'without authority', 'unauthorised', 'without lawful excuse'] },
    { id: 'computer_system', terms: ['computer system', 'computer', 'information system'] },
    { id: 'computer_data', terms: ['computer data', 'data', 'electronic record'] },
    { id: 'traffic_data', terms: ['traffic data', 'communications data'] },
  ],
});

describe('expandTerm', () => {
  it('gives the term first, then the other terms of its group', () => {
    const out = small.expandTerm('without authority');
    expect(out[0]).toBe('without authority');
    expect(out).toContain('without lawful excuse');
    expect(out).toContain('unauthorised');
  });

  it('matches on stems, whatever the spelling', () => {
    expect(small.expandTerm('Unauthorized')).toContain('without right');
  });

  it('expands a group named with @', () => {
    expect(small.expandTerm('@traffic_data')).toEqual(['traffic data', 'communications data']);
  });

  it('returns the term alone when no group holds it', () => {
    expect(small.expandTerm('extradition')).toEqual(['extradition']);
    expect(small.expandTerm('@no_such_group')).toEqual([]);
  });
});

describe('termGroups', () => {
  const text = 'A person who, without authority, alters traffic data held in a computer system commits an offence.';

  it('finds multi-word terms with their offsets and quotes', () => {
    const hits = small.termGroups(text);
    const wr = hits.find((h) => h.group === 'without_right');
    expect(wr?.quote).toBe('without authority');
    expect(text.slice(wr!.start, wr!.end)).toBe('without authority');
  });

  it('prefers the longest term: "traffic data" is not also read as plain data', () => {
    const groups = small.termGroups(text).map((h) => h.group);
    expect(groups).toEqual(['without_right', 'traffic_data', 'computer_system']);
  });

  it('lists distinct group ids', () => {
    expect(small.groupIds('data, data and more computer data')).toEqual(['computer_data']);
  });
});

describe('corpus/thesaurus.json', () => {
  const th = loadThesaurus();

  it('loads with a few dozen groups', () => {
    expect(th.groups.length).toBeGreaterThanOrEqual(40);
  });

  it('holds the synonyms alignment and search rely on', () => {
    const ids = th.groups.map((g) => g.id);
    for (const id of ['without_right', 'intent', 'recklessness', 'dishonest_intent', 'computer_system', 'computer_data', 'child_pornography', 'interception', 'preservation', 'production_order', 'search_seizure', 'extradition', 'mutual_assistance', 'point_of_contact', 'jurisdiction', 'corporate_liability', 'service_provider', 'traffic_data', 'subscriber_information']) {
      expect(ids).toContain(id);
    }
    expect(th.expandTerm('unauthorised')).toContain('without lawful excuse');
    expect(th.expandTerm('child pornography')).toContain('child sexual abuse material');
    expect(th.expandTerm('wilfully')).toContain('knowingly');
  });

  it('tags a Commonwealth offence provision with its legal concepts', () => {
    const ids = th.groupIds('A person who knowingly and without lawful excuse intercepts a non-public transmission of computer data commits an offence and is liable on conviction to imprisonment.');
    expect(ids).toEqual(expect.arrayContaining(['intent', 'without_right', 'interception', 'non_public_transmission', 'computer_data', 'penalty']));
  });
});

describe('loadThesaurus errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lexalign-thesaurus-'));
  const write = (name: string, body: string): string => {
    const path = join(dir, name);
    writeFileSync(path, body);
    return path;
  };

  it('names the file when it is missing or not JSON', () => {
    expect(() => loadThesaurus(join(dir, 'absent.json'))).toThrow(/absent\.json: cannot read/);
    expect(() => loadThesaurus(write('broken.json', '{ groups: '))).toThrow(/broken\.json: not valid JSON/);
  });

  it('names the field that is wrong', () => {
    const path = write('bad.json', JSON.stringify({ groups: [{ id: 'ok_one', terms: ['a', 'b'] }, { id: 'Bad Id', terms: ['x', 'y'] }] }));
    expect(() => loadThesaurus(path)).toThrow(ThesaurusError);
    expect(() => loadThesaurus(path)).toThrow(/groups\[1\]\.id/);
    expect(() => validateThesaurus({ groups: [{ id: 'one', terms: ['only'] }] })).toThrow(/groups\[0\]\.terms/);
    expect(() => validateThesaurus({ groups: [{ id: 'dup', terms: ['a', 'b'] }, { id: 'dup', terms: ['c', 'd'] }] })).toThrow(/duplicates "dup"/);
    expect(() => validateThesaurus([])).toThrow(/\(root\)/);
  });
});
