import { describe, expect, it } from 'vitest';
import { describeWarning, groupWarnings, readEId } from '../../../client/src/views/instrument/ingest-warnings.ts';

const cite = (num: string) => `s. ${num}`;

describe('ingestion warnings in a lawyer\'s terms', () => {
  it('reads an eId as a citation and names its level', () => {
    expect(readEId('part_1__sec_10__subsec_1__para_a')).toEqual({ num: '10(1)(a)', level: 'paragraph', label: 'a' });
    expect(readEId('sec_46A')).toEqual({ num: '46A', level: 'section', label: '46A' });
    expect(readEId('line 12')).toBeNull();
  });

  it('says which provision appears twice, cited, links to it, and shows no eId', () => {
    const item = describeWarning(
      { code: 'LEXALIGN_WARN_DUPLICATE_EID', message: 'part_1__sec_10__subsec_1__para_a occurs 2 times; this one is part_1__sec_10__subsec_1__para_a_2.', where: '10' },
      cite,
    );
    expect(item).toEqual({ where: 's. 10(1)(a)', text: 'paragraph (a) appears twice; the later one is kept as a separate provision.', target: { p: 'part_1__sec_10__subsec_1__para_a_2' } });
  });

  it('cites the unit a warning is about, or its line, and links to the unit', () => {
    expect(describeWarning({ code: 'LEXALIGN_WARN_NUMBERING', message: 'Label (a) does not follow (b).', where: '23' }, cite)).toEqual({
      where: 's. 23',
      text: 'Label (a) does not follow (b).',
      target: { unit: '23' },
    });
    expect(describeWarning({ code: 'LEXALIGN_WARN_PARALLEL_TEXT', message: 'The numbering starts again.', where: 'line 120' }, cite)).toMatchObject({ where: 'line 120' });
    expect(describeWarning({ code: 'LEXALIGN_INFO_PAGE_FURNITURE', message: '30 line(s) removed.' }, cite)).toEqual({ where: '', text: '30 line(s) removed.' });
  });

  it('groups and counts: a thousand warnings make one group of a thousand, checks before notes', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ code: 'LEXALIGN_WARN_NUMBERING', message: `Label (a) does not follow (b).`, where: String(i + 1) }));
    const groups = groupWarnings([{ code: 'LEXALIGN_INFO_PAGE_FURNITURE', message: 'x' }, ...many, { code: 'LEXALIGN_WARN_TRUNCATED', message: 'y', where: '4' }], cite);
    expect(groups.map((g) => [g.title, g.level, g.items.length])).toEqual([
      ['Lettering or numbering out of sequence', 'check', 1000],
      ['Sections cut short in the source', 'check', 1],
      ['Page numbers and running heads removed', 'note', 1],
    ]);
  });

  it('says once how many times a provision appears, not once per repeat', () => {
    const dup = (n: number) => ({ code: 'LEXALIGN_WARN_DUPLICATE_EID', message: `sec_2__subsec_1__para_a occurs ${n} times; this one is sec_2__subsec_1__para_a_${n}.`, where: '2' });
    const [group] = groupWarnings([dup(2), dup(3)], cite);
    expect(group.items.map((i) => i.text)).toEqual(['paragraph (a) appears three times; the later one is kept as a separate provision.']);
  });
});
