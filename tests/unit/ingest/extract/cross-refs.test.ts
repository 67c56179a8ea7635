import { describe, expect, it } from 'vitest';
import { extractCrossRefs, resolveCrossRefs } from '../../../../server/ingest/extract/cross-refs.ts';
import type { Provision } from '../../../../server/ingest/types.ts';

describe('extractCrossRefs', () => {
  it('reads sections, ranges, lists and this Act', () => {
    expect(extractCrossRefs('Subject to section 4, a person who contravenes sections 6 to 8 or sections 10 and 12A commits an offence under this Act.')).toEqual([
      { text: 'section 4' },
      { text: 'section 6' },
      { text: 'section 7' },
      { text: 'section 8' },
      { text: 'section 10' },
      { text: 'section 12A' },
      { text: 'this Act' },
    ]);
  });

  it('reads nested subsection and paragraph references as one reference', () => {
    expect(extractCrossRefs('an order under paragraph (b) of subsection (3) of section 9, or subsection (2)')).toEqual([
      { text: 'paragraph (b) of subsection (3) of section 9' },
      { text: 'subsection (2)' },
    ]);
    expect(extractCrossRefs('as provided in subsection (c)(2)(B) of this section')).toEqual([{ text: 'subsection (c)(2)(B) of this section' }]);
  });

  it('names other Acts as external, with their chapter or number', () => {
    expect(extractCrossRefs('a request under the Extradition of Offenders Act, Cap. 77B shall be made under Part IV.')).toEqual([
      { text: 'the Extradition of Offenders Act, Cap. 77B', external: 'Extradition of Offenders Act, Cap. 77B' },
      { text: 'Part IV' },
    ]);
    expect(extractCrossRefs('section 30 of the Evidence Act applies')).toEqual([{ text: 'section 30 of the Evidence Act', external: 'Evidence Act' }]);
    expect(extractCrossRefs('as amended by Republic Act No. 99999')).toEqual([{ text: 'Republic Act No. 99999', external: 'Republic Act No. 99999' }]);
  });

  it('does not take the Act citing itself for an external reference', () => {
    expect(extractCrossRefs('This Act may be cited as the Gadget Act, 2030.')).toEqual([{ text: 'This Act' }]);
  });

  it('reads treaty articles', () => {
    expect(extractCrossRefs('measures under Articles 2 to 4')).toEqual([{ text: 'Article 2' }, { text: 'Article 3' }, { text: 'Article 4' }]);
  });
});

function provision(eId: string, num: string, unit: string, level: number, refs: string[], part = 'II'): Provision {
  return {
    eId, num, unit, level, text: '', kind: 'general', defines: [], penalty: [],
    path: [{ type: 'part', num: part }], refs: refs.map((text) => ({ text })),
  };
}

describe('resolveCrossRefs', () => {
  const provisions: Provision[] = [
    provision('part_2__sec_4', '4', '4', 0, []),
    provision('part_2__sec_4__subsec_1', '4(1)', '4', 1, []),
    provision('part_2__sec_4__subsec_1__para_a', '4(1)(a)', '4', 2, []),
    provision('part_2__sec_4__subsec_2', '4(2)', '4', 1, ['subsection (1)', 'paragraph (a) of subsection (1)', 'Part III']),
    provision('part_3__sec_5', '5', '5', 0, ['section 4(1)(a)', 'section 4(3)', 'section 99', 'this Act'], 'III'),
    provision('part_3__sec_5__subsec_1', '5(1)', '5', 1, [], 'III'),
    provision('part_3__sec_5__subsec_1__para_a', '5(1)(a)', '5', 2, [], 'III'),
    provision('part_3__sec_5__subsec_1__para_b', '5(1)(b)', '5', 2, ['paragraph (a)'], 'III'),
  ];
  const resolved = resolveCrossRefs(provisions);
  const targets = (eId: string) => resolved.find((p) => p.eId === eId)!.refs.map((r) => r.target);

  it('resolves subsections within the same section and paragraphs within the nearest provision', () => {
    expect(targets('part_2__sec_4__subsec_2')).toEqual(['part_2__sec_4__subsec_1', 'part_2__sec_4__subsec_1__para_a', 'part_3']);
    expect(targets('part_3__sec_5__subsec_1__para_b')).toEqual(['part_3__sec_5__subsec_1__para_a']);
  });

  it('resolves sections, falling back to the nearest existing ancestor, and leaves the unknown open', () => {
    expect(targets('part_3__sec_5')).toEqual(['part_2__sec_4__subsec_1__para_a', 'part_2__sec_4', undefined, undefined]);
  });

  it('does not mutate its input', () => {
    expect(provisions[3].refs[0].target).toBeUndefined();
  });
});

describe('references outside the instrument', () => {
  it('marks "of that Act", "of the principal Act" and "of the Constitution" as external', () => {
    expect(extractCrossRefs('section 12 of the principal Act is amended')).toEqual([{ text: 'section 12 of the principal Act', external: 'principal Act' }]);
    expect(extractCrossRefs('under Article 31 of the Constitution')).toEqual([{ text: 'Article 31 of the Constitution', external: 'Constitution' }]);
    const [p] = resolveCrossRefs([
      { eId: 'sec_12', num: '12', unit: '12', level: 0, text: '', path: [], kind: 'general', defines: [], penalty: [], refs: extractCrossRefs('section 12 of that Act') },
    ]);
    expect(p.refs).toEqual([{ text: 'section 12 of that Act', external: 'that Act' }]);
  });
});

describe('cost on long prose', () => {
  it('stays linear on a long sentence after "section N of the Act" (no catastrophic backtracking)', () => {
    const prose =
      'Section 9 of the Act allows the Minister to make a Gadget Order to provide for the grant of licences. ' +
      'The Gadget Order may cover the whole of Freedonia or any part of it and may either grant permission for a use or a class of use specified in the order or provide for the grant of permission by the Registrar on application made to him. '.repeat(20);
    const started = performance.now();
    const refs = extractCrossRefs(prose);
    expect(performance.now() - started).toBeLessThan(500);
    expect(refs[0]).toEqual({ text: 'Section 9 of the Act', external: 'Act' });
  });
});
