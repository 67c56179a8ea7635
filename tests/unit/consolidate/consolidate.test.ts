import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { consolidate } from '../../../server/consolidate/consolidate.ts';
import type { Consolidation } from '../../../server/consolidate/types.ts';
import { ingestText } from '../../../server/ingest/index.ts';
import type { AmendmentRecord, IngestResult } from '../../../server/ingest/types.ts';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'consolidate');
const load = (file: string, meta: Record<string, unknown>) => ingestText(readFileSync(join(dir, file), 'utf8'), file, meta);

/** The principal Act and the amending Bill of our fixtures, ingested by the real pipeline. */
function fixtures(): { act: IngestResult; bill: IngestResult } {
  return {
    act: load('records-act-cap-308c.md', { id: 'records-act', title: 'Records Act, Cap. 308C', kind: 'act' }),
    bill: load('records-amendment-bill-2031.md', { id: 'records-bill', title: 'Records (Amendment) Bill, 2031', kind: 'bill' }),
  };
}

/** The bill with its amendment records replaced: one record at a time, for the cases our fixture does not hold. */
function withRecords(bill: IngestResult, records: AmendmentRecord[]): IngestResult {
  return { ...bill, instrument: { ...bill.instrument, amendments: records } };
}
const target = { title: 'Records Act', chapter: 'Cap. 308C' };

describe('consolidation: the Records Act as the Records (Amendment) Bill would leave it', () => {
  let c: Consolidation;
  const at = (eId: string) => c.provisions.find((p) => p.eId === eId);
  beforeAll(() => {
    const { act, bill } = fixtures();
    c = consolidate(act, bill);
  });

  it('accounts for every record: applied, not applied with the reason, or for another Act', () => {
    expect(c.summary).toEqual({ records: 9, applied: 7, partlyApplied: 0, notApplied: 1, otherInstrument: 1 });
    expect(c.outcomes.map((o) => o.status)).toEqual([
      'applied', 'applied', 'applied', 'applied', 'applied', 'applied', 'applied', 'not-applied', 'other-instrument',
    ]);
    expect(c.outcomes[7]).toMatchObject({ action: 'substitute', provision: 'section 4', position: 'subsection (5)', reason: 's. 4 has no subsection (5)' });
    expect(c.outcomes[8]).toMatchObject({ target: 'Evidence Act, Cap. 121', reason: 'amends the Evidence Act, Cap. 121, not this instrument' });
  });

  it('substitutes a subsection, keeping the old text, and cites the clause that does it', () => {
    expect(at('part_2__sec_3__subsec_2')).toMatchObject({
      num: '3(2)',
      text: 'A keeper shall produce a record, or a legible copy of an electronic record, to an inspector on demand.',
      change: { action: 'substituted', note: 'substituted by cl. 2(a) of the Records (Amendment) Bill, 2031', previous: '(2) A keeper shall produce a record to an inspector on demand.' },
    });
  });

  it('inserts a subsection after the one named, and a paragraph after paragraph (b)', () => {
    const order = c.provisions.map((p) => p.num);
    expect(order.slice(order.indexOf('3(1)'), order.indexOf('3(3)') + 1)).toEqual(['3(1)', '3(2)', '3(2A)', '3(3)']);
    expect(at('part_2__sec_3__subsec_2a')).toMatchObject({ level: 1, parent: 'part_2__sec_3', change: { action: 'inserted' } });
    expect(at('part_2__sec_4__subsec_2__para_c')).toMatchObject({ num: '4(2)(c)', parent: 'part_2__sec_4__subsec_2', text: 'take a copy of any electronic record.' });
  });

  it('amends words in place, with the words struck out and put in', () => {
    expect(at('part_2__sec_3__subsec_3')?.text).toMatch(/a fine of five thousand dollars\.$/);
    expect(at('part_2__sec_3__subsec_3')?.change?.segments?.filter((s) => s.op !== 'equal')).toEqual([
      { op: 'delete', text: 'ten dollars' },
      { op: 'insert', text: 'five thousand dollars' },
    ]);
  });

  it('inserts the quoted sections after s. 5 with their subsections, in the principal’s eId scheme', () => {
    const units = c.provisions.filter((p) => p.level === 0).map((p) => p.unit);
    expect(units).toEqual(['1', '2', '3', '4', '5', '5A', '5B', '6', '7', 'Schedule']);
    expect(c.provisions.filter((p) => p.unit === '5A').map((p) => p.eId)).toEqual([
      'part_2__sec_5a', 'part_2__sec_5a__subsec_1', 'part_2__sec_5a__subsec_2', 'part_2__sec_5a__subsec_2__para_a', 'part_2__sec_5a__subsec_2__para_b',
    ]);
    expect(at('part_2__sec_5a__subsec_2__para_a')).toMatchObject({ parent: 'part_2__sec_5a__subsec_2', level: 2, change: { note: 'inserted by cl. 3 of the Records (Amendment) Bill, 2031' } });
  });

  it('repeals s. 6: no text, the old text kept for the reader', () => {
    expect(at('part_2__sec_6')).toMatchObject({ repealed: true, text: '', heading: 'Fees', change: { action: 'repealed', previous: 'A keeper shall pay the fee the Minister prescribes for each inspection.' } });
  });

  it('applies a Schedule row to the principal’s own Schedule', () => {
    expect(at('sch__subsec_4')).toMatchObject({ num: 'Schedule(4)', text: 'Logs of access to electronic records.', change: { note: 'inserted by the Schedule to the Records (Amendment) Bill, 2031' } });
    expect(c.outcomes[6].changed).toEqual(['sch__subsec_4']);
  });

  it('never changes the provisions no record touches', () => {
    const { act } = fixtures();
    const untouched = act.provisions.filter((p) => !c.outcomes.some((o) => o.changed.some((e) => p.eId === e || p.eId.startsWith(`${e}__`))));
    for (const p of untouched) expect(at(p.eId)?.text).toBe(p.text);
  });
});

describe('consolidation: records that cannot be applied are reported, never guessed', () => {
  const { act, bill } = fixtures();
  const one = (record: Omit<AmendmentRecord, 'target' | 'by'> & Partial<AmendmentRecord>) =>
    consolidate(act, withRecords(bill, [{ target, by: 'sec_2__para_c', ...record }]));

  it('words that are not there, or there more than once', () => {
    expect(one({ action: 'amend-words', provision: 'section 3', position: 'subsection (3)', words: 'twenty dollars', text: 'x' }).outcomes[0])
      .toMatchObject({ status: 'not-applied', reason: 'the words “twenty dollars” are not in s. 3(3)' });
    expect(one({ action: 'amend-words', provision: 'section 3', words: 'keeper', text: 'holder' }).outcomes[0])
      .toMatchObject({ status: 'not-applied', reason: 'the words “keeper” occur 3 times in s. 3; the clause does not say which' });
  });

  it('a section that is not in the principal Act, and a section inserted twice', () => {
    expect(one({ action: 'repeal', provision: 'section 40' }).outcomes[0]).toMatchObject({ status: 'not-applied', reason: 's. 40 is not in the principal Act' });
    const twice = consolidate(act, withRecords(bill, [bill.instrument.amendments![3], bill.instrument.amendments![3]]));
    expect(twice.outcomes.map((o) => o.status)).toEqual(['applied', 'not-applied']);
    expect(twice.outcomes[1].reason).toBe('s. 5A, 5B are already in the principal Act; the clause inserts sections of that number');
  });

  it('an insertion whose place the clause does not give', () => {
    expect(one({ action: 'insert', provision: 'section 3', text: '(4) A keeper may keep records abroad.' }).outcomes[0])
      .toMatchObject({ status: 'not-applied', reason: 'the clause does not say where in s. 3 the new text goes' });
  });

  it('leaves the text as it was for a record that fails', () => {
    const failed = one({ action: 'substitute', provision: 'section 3', position: 'subsection (9)', text: '(9) New.' });
    expect(failed.provisions.map((p) => [p.eId, p.text])).toEqual(act.provisions.map((p) => [p.eId, p.text]));
  });
});

describe('consolidation: other kinds of amendment', () => {
  const { act, bill } = fixtures();

  it('substitutes a range of sections; a section of the range with no successor is shown repealed', () => {
    const inserted = bill.instrument.amendments![3];
    const c = consolidate(act, withRecords(bill, [{ ...inserted, action: 'substitute', provision: 'sections 5 to 6', position: undefined } as AmendmentRecord]));
    expect(c.outcomes[0].status).toBe('applied');
    expect(c.provisions.filter((p) => p.level === 0).map((p) => `${p.unit}${p.repealed ? ' (repealed)' : ''}`)).toEqual(['1', '2', '3', '4', '5 (repealed)', '5A', '5B', '6 (repealed)', '7', 'Schedule']);
    expect(c.provisions.find((p) => p.unit === '5A')?.change?.action).toBe('substituted');
  });

  it('renumbers a section with its subdivisions', () => {
    const c = consolidate(act, withRecords(bill, [{ action: 'renumber', target, provision: 'section 4', position: 'as 4A', by: 'sec_4' }]));
    expect(c.provisions.filter((p) => p.unit === '4A').map((p) => p.num)).toEqual(['4A', '4A(1)', '4A(2)', '4A(2)(a)', '4A(2)(b)']);
    expect(c.provisions.find((p) => p.num === '4A')?.change).toMatchObject({ action: 'renumbered', previous: 's. 4' });
  });

  it('substitutes a definition inside the text of a definitions section', () => {
    const c = consolidate(act, withRecords(bill, [{
      action: 'substitute', target, provision: 'section 2', position: 'the definition of "keeper"',
      text: '"keeper" means a person who keeps a record, on paper or in electronic form, in the course of a business;', by: 'sec_2',
    }]));
    const s2 = c.provisions.find((p) => p.num === '2')!;
    expect(s2.text).toContain('"keeper" means a person who keeps a record, on paper or in electronic form, in the course of a business; and "record" means');
    expect(s2.change?.segments?.find((s) => s.op === 'delete')?.text).toBe('"keeper" means a person who keeps a record in the course of a business; ');
  });

  it('repeals the whole Act when the clause names no section', () => {
    const c = consolidate(act, withRecords(bill, [{ action: 'repeal', target, by: 'sec_5' }]));
    expect(c.provisions.filter((p) => p.level === 0).every((p) => p.repealed)).toBe(true);
    expect(c.outcomes[0].reason).toBe('the clause repeals the whole Act');
  });

  it('matches the principal Act by its chapter even when the clause gives another title', () => {
    const c = consolidate(act, withRecords(bill, [{ action: 'repeal', target: { title: 'Keeping of Records Act', chapter: 'Cap. 308C' }, provision: 'section 7', by: 'sec_5' }]));
    expect(c.outcomes[0].status).toBe('applied');
    const other = consolidate(act, withRecords(bill, [{ action: 'repeal', target: { title: 'Records Act', chapter: 'Cap. 308D' }, provision: 'section 7', by: 'sec_5' }]));
    expect(other.outcomes[0].status).toBe('other-instrument');
    // Another state's Records Act is not the one a Ruritanian Bill amends.
    const abroad = consolidate({ ...act, instrument: { ...act.instrument, jurisdiction: 'JM' } }, withRecords({ ...bill, instrument: { ...bill.instrument, jurisdiction: 'XR' } }, [{ action: 'repeal', target: { title: 'Records Act' }, provision: 'section 7', by: 'sec_5' }]));
    expect(abroad.outcomes[0].status).toBe('other-instrument');
  });
});

describe('consolidation: what a clause leaves unclear is said, in its words', () => {
  const { act, bill } = fixtures();
  const one = (record: Omit<AmendmentRecord, 'target' | 'by'>) => consolidate(act, withRecords(bill, [{ target, by: 'sec_5', ...record }])).outcomes[0];

  it('a paragraph repealed with no section named', () => {
    expect(one({ action: 'repeal', provision: 'paragraph (b)' })).toMatchObject({ status: 'not-applied', reason: 'the section amended (“paragraph (b)”) could not be read as one section' });
  });

  it('a whole section substituted by text that does not start with its number', () => {
    expect(one({ action: 'substitute', provision: 'section 6', text: 'Fees 12 A keeper shall pay a fee.' }))
      .toMatchObject({ status: 'not-applied', reason: 'the new text of s. 6 could not be read as a whole section (no section number at its start); substitute it by hand' });
  });
});
