import { describe, expect, it } from 'vitest';
import { amendedLaws, appliedLaws, appliesLawOf } from '../../../server/align/applied-laws.ts';
import type { Provision } from '../../../server/ingest/types.ts';

const prov = (eId: string, text: string): Provision => ({ eId, num: eId, unit: '3', level: 1, text, path: [], kind: 'general', defines: [], refs: [], penalty: [] });

describe('general laws applied to the statute\'s offences', () => {
  it('finds a mutual assistance Act applied to the offences, and an offence made extraditable under an Extradition Act', () => {
    const laws = appliedLaws([
      prov('sec_3__subsec_3', 'The Mutual Assistance in Criminal Matters Act, Cap. 140A shall apply to this Act in relation to an offence under this Act.'),
      prov('sec_40', 'An offence under this Act shall be deemed to be an extraditable offence under the Extradition Act.'),
    ]);
    expect(laws.map((l) => l.title)).toEqual(['Mutual Assistance in Criminal Matters Act', 'Extradition Act']);
    expect(appliesLawOf(laws, ['Mutual Assistance', 'Mutual Legal Assistance'])?.eId).toBe('sec_3__subsec_3');
    expect(appliesLawOf(laws, ['Extradition'])?.eId).toBe('sec_40');
  });

  it('ignores a law that is merely listed, and "this Act"', () => {
    expect(appliedLaws([prov('sec_2', 'This Act shall be read together with the Mutual Legal Assistance Act, 2010 and the Data Protection Act, 2012.')])).toEqual([]);
    expect(appliedLaws([prov('sec_4', 'This Act applies to acts done in Lanternia.')])).toEqual([]);
  });
});

describe('laws an amending instrument changes', () => {
  it('credits the amending unit with each law it inserts into or substitutes in, never with a repeal', () => {
    const unitOf = new Map([['sch', 'Schedule'], ['sec_32', '32']]);
    const laws = amendedLaws(
      [
        { action: 'insert', target: { title: 'Extradition Act', chapter: 'Cap. 189' }, provision: 'the Schedule', text: '41. Any offence under the Lantern Act.', by: 'sch' },
        { action: 'repeal', target: { title: 'Computer Misuse Act' }, by: 'sec_32' },
      ],
      unitOf,
    );
    expect([...laws]).toEqual([['Schedule', [{ title: 'Extradition Act', eId: 'sch' }]]]);
    expect(appliesLawOf(laws.get('Schedule')!, ['Extradition'])?.eId).toBe('sch');
  });
});
