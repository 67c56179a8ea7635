import { describe, expect, it } from 'vitest';
import { compileCues, createThesaurus, matchCues } from '../../../server/thesaurus/index.ts';

const thesaurus = createThesaurus({
  groups: [{ id: 'without_right', terms: ['without right', 'without authority', 'without lawful excuse'] }],
});

describe('matchCues', () => {
  it('resolves @group cues to every term of the group', () => {
    const hits = matchCues('Any person who without lawful excuse accesses a computer', ['@without_right'], thesaurus);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ cue: '@without_right', phrase: 'without lawful excuse', quote: 'without lawful excuse' });
  });

  it('finds overlapping cues (a cue inside a longer one)', () => {
    const hits = matchCues('specified traffic data', ['traffic data', 'data'], null);
    expect(hits.map((h) => h.cue)).toEqual(['traffic data', 'data']);
  });

  it('supports a word prefix with *', () => {
    const m = compileCues(['interfer*'], null);
    expect(m.test('interferes with the operation')).toBe(true);
    expect(m.test('interference with data')).toBe(true);
    expect(m.test('interrupts the operation')).toBe(false);
  });

  it('rejects a cue that names a missing thesaurus group', () => {
    expect(() => compileCues(['@no_such_group'], thesaurus)).toThrow(/no_such_group/);
    expect(() => compileCues(['@without_right'], null)).toThrow(/does not exist/);
  });
});
