import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { citeProvision } from '../../../server/citation/cite.ts';
import { ingestText } from '../../../server/ingest/index.ts';
import { unglueCells } from '../../../server/ingest/structure/schedule-table.ts';
import type { IngestResult } from '../../../server/ingest/types.ts';
import { Instrument } from '../../../server/schemas/records/instrument.ts';
import { Provision } from '../../../server/schemas/records/provision.ts';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'ingest');
const load = (name: string): IngestResult => ingestText(readFileSync(join(dir, name), 'utf8'), name);
const byId = (r: IngestResult, eId: string) => r.provisions.find((p) => p.eId === eId);

describe('amending Act from scraper records (Zimbabwe style: one string per section)', () => {
  const r = load('amending-act.json');

  it('parses quoted inserted sections as provisions nested under the amending subsection', () => {
    const inserted = r.provisions.filter((p) => p.inserted).map((p) => [p.eId, p.num, p.unit, p.heading ?? '']);
    expect(inserted).toEqual([
      ['part_2__sec_2__subsec_2__ins_40', '40', '2', 'Unlawful access to a ledger'],
      ['part_2__sec_2__subsec_2__ins_40__subsec_1', '40(1)', '2', ''],
      ['part_2__sec_2__subsec_2__ins_40__subsec_1__para_a', '40(1)(a)', '2', ''],
      ['part_2__sec_2__subsec_2__ins_40__subsec_1__para_b', '40(1)(b)', '2', ''],
      ['part_2__sec_2__subsec_2__ins_40__subsec_2', '40(2)', '2', ''],
      ['part_2__sec_2__subsec_2__ins_40a', '40A', '2', 'Erasure of entries'],
      ['part_2__sec_3__subsec_1__ins_7a', '7A', '3', 'Ledger Monitoring Unit'],
      ['part_2__sec_3__subsec_1__ins_7a__para_a', '7A(a)', '3', ''],
      ['part_2__sec_3__subsec_1__ins_7a__para_b', '7A(b)', '3', ''],
      ['part_2__sec_3__subsec_1__ins_7b', '7B', '3', 'Reports to Parliament'],
      ['part_2__sec_3__subsec_1__ins_7b__subsec_1', '7B(1)', '3', ''],
      ['part_2__sec_3__subsec_1__ins_7b__subsec_2', '7B(2)', '3', ''],
    ]);
  });

  it('says what each inserted provision becomes, and which clause carries it', () => {
    expect(byId(r, 'part_2__sec_2__subsec_2__ins_40__subsec_1__para_a')?.inserted).toEqual({
      into: 'Cap. 9:40', title: 'Ledger Offences Act', section: '40', action: 'substitute',
      by: { eId: 'part_2__sec_2__subsec_2', num: '2(2)' },
    });
    expect(byId(r, 'part_2__sec_3__subsec_1__ins_7a')?.inserted).toMatchObject({ into: 'Cap. 11:05', section: '7A', action: 'insert' });
  });

  it('keeps the heading printed on the number\'s line apart from the text, and the quoted Part in the path', () => {
    const s40 = byId(r, 'part_2__sec_2__subsec_2__ins_40')!;
    expect(s40.kind).toBe('offence');
    expect(s40.path.map((s) => `${s.type} ${s.num}`)).toEqual(['part II', 'sec 2', 'subsec (2)', 'part IV']);
    expect(s40.path[3].heading).toBe('Offences relating to ledgers');
    expect(byId(r, 'part_2__sec_3__subsec_1__ins_7a')?.text).toBe('The functions of the Ledger Monitoring Unit shall be to—');
    expect(byId(r, 'part_2__sec_2__subsec_2__ins_40a')?.penalty[0]?.fine).toBeDefined();
  });

  it('leaves the amending clause its own words only', () => {
    expect(byId(r, 'part_2__sec_2__subsec_2')?.text).toBe('The principal Act is amended by the repeal of sections 40 and 41 and the substitution of the following—.');
    // A quoted definition is not a section: it stays in the clause's text, in its marks.
    expect(byId(r, 'part_2__sec_2__subsec_1')?.text).toContain('“"ledger" means a record of accounts kept by any means;”');
  });

  it('cites an inserted provision through its amending clause', () => {
    expect(citeProvision(r.instrument, byId(r, 'part_2__sec_2__subsec_2__ins_40__subsec_1')!)).toBe('s. 2(2) (substituting s. 40(1) in Cap. 9:40)');
    expect(citeProvision(r.instrument, byId(r, 'part_2__sec_3__subsec_1__ins_7b')!)).toBe('s. 3(1) (inserting s. 7B into Cap. 11:05)');
    expect(citeProvision(r.instrument, byId(r, 'part_2__sec_2__subsec_2')!)).toBe('s. 2(2)');
  });

  it('records each amendment with its target, provision and new text', () => {
    expect(r.instrument.amendments?.map((a) => [a.action, a.target.chapter, a.provision, a.position, a.by])).toEqual([
      ['substitute', 'Chapter 9:40', 'section 3', 'the definition of "ledger"', 'part_2__sec_2__subsec_1'],
      ['substitute', 'Chapter 9:40', 'sections 40 and 41', undefined, 'part_2__sec_2__subsec_2'],
      ['insert', 'Chapter 11:05', 'sections 7A, 7B', 'after section 7', 'part_2__sec_3__subsec_1'],
    ]);
    expect(r.instrument.amendments?.[1].inserted).toEqual(['part_2__sec_2__subsec_2__ins_40', 'part_2__sec_2__subsec_2__ins_40a']);
    expect(r.instrument.amendments?.[0].text).toBe('"ledger" means a record of accounts kept by any means;');
  });

  it('validates against the record schemas', () => {
    expect(Value.Check(Instrument, r.instrument)).toBe(true);
    for (const p of r.provisions) expect(Value.Check(Provision, p)).toBe(true);
  });
});

describe('amending Bill extracted from a PDF (Barbados style)', () => {
  const r = load('amending-bill.md');

  it('reads the marginal note printed above an inserted section\'s number', () => {
    const inserted = r.provisions.filter((p) => p.inserted && p.level === 1).map((p) => [p.eId, p.num, p.heading, p.parent]);
    expect(inserted).toEqual([
      ['sec_3__ins_12a', '12A', 'Unlawful access to an electronic ledger', 'sec_3'],
      ['sec_3__ins_12b', '12B', 'Erasure of entries', 'sec_3'],
    ]);
    expect(byId(r, 'sec_3__ins_12a__subsec_2__para_b')?.text).toBe('copies any entry from it.');
    expect(byId(r, 'sec_3__ins_12b')?.text).toBe('A person who, without lawful excuse, erases an entry in an electronic ledger commits an offence.');
    expect(r.instrument.report.warnings.map((w) => w.code)).not.toContain('LEXALIGN_WARN_START_NOT_TAKEN');
  });

  it('keeps quoted subsections as the text of the clause that quotes them', () => {
    expect(r.provisions.filter((p) => p.unit === '2').map((p) => p.eId)).toEqual(['sec_2', 'sec_2__para_a', 'sec_2__para_b']);
  });

  it('makes a repealed placeholder range into units with no text', () => {
    const spent = r.provisions.filter((p) => p.repealed).map((p) => [p.eId, p.text]);
    expect(spent).toEqual([['sec_6', ''], ['sec_7', '']]);
    expect(byId(r, 'sec_5')?.text).toBe('The enactments set out in the first column of the Schedule are amended in the manner set out opposite thereto in the second column.');
  });

  it('reads the Schedule table over both pages, with its cells apart', () => {
    const text = r.provisions.filter((p) => p.unit === 'Schedule').map((p) => p.text).join(' ');
    expect(text).toContain('Banking Act, Cap. 310: In section 9');
    expect(text).toContain('Evidence Act, Cap. 121: Section 17 is deleted.');
    expect(text).toContain('Archives Act, Cap. 45:');
    expect(text).toContain('immediately after paragraph 12 the following');
    expect(text).not.toMatch(/L\.R\.O\.|Concl'd|121Archives|\(1\)the/);
  });

  it('records the clauses\' and the Schedule rows\' amendments', () => {
    const a = r.instrument.amendments ?? [];
    expect(a.map((x) => [x.action, x.target.title, x.provision, x.by])).toEqual([
      ['substitute', 'Ledger Act', 'section 12', 'sec_2__para_a'],
      ['amend-words', 'Ledger Act', 'section 12', 'sec_2__para_b'],
      ['insert', 'Ledger Act', 'sections 12A, 12B', 'sec_3'],
      ['repeal', 'Ledger Act', 'section 20', 'sec_4'],
      ['substitute', 'Banking Act', 'section 9', 'sch'],
      ['insert', 'Banking Act', 'section 9', 'sch'],
      ['repeal', 'Evidence Act', 'section 17', 'sch'],
      ['insert', 'Archives Act', 'section 3', 'sch'],
      ['insert', 'Archives Act', 'the Schedule', 'sch'],
    ]);
    expect(a[1]).toMatchObject({ words: 'ten dollars', text: 'one hundred dollars', position: 'subsection (3)' });
    expect(a[5]).toMatchObject({ position: 'immediately after subsection (4)', text: '(5) Subsection (4) applies to electronic ledgers.' });
    expect(a[8].text).toBe('13. Electronic ledgers.');
  });
});

describe('ordinary statutes', () => {
  it('leave quoted terms alone when no amending formula introduces them', () => {
    const r = ingestText(
      ['1. Short title', 'This Act may be cited as the Ledger Act.', '', '2. Interpretation', 'In this Act "ledger" means a record; and "163 entries" means the following "1. Hacking (1) text".'].join('\n'),
      'ledger.txt',
    );
    expect(r.provisions.some((p) => p.inserted)).toBe(false);
    expect(r.instrument.amendments).toBeUndefined();
  });
});

describe('repealed placeholders in an ordinary statute', () => {
  it('reads "22. – 23. --" as two repealed units, in the body and in the arrangement, and leaves the furniture after it', () => {
    const r = ingestText([
      'ARRANGEMENT OF SECTIONS', '1. Short title 2. Forfeiture 3. \u2013 4. -- 5. Commencement', '',
      'BE IT ENACTED by the Parliament of Ruritania as follows:', '',
      '1. Short title', 'This Act may be cited as the Ledger Act.', '2. Forfeiture', 'The Court may order the forfeiture of a ledger.',
      '3. \u2013 4. --', '', '[Issue 1]', '', '5. Commencement', 'This Act comes into operation on 1 January 2032.',
    ].join('\n'), 'ledger.txt');
    expect(r.provisions.map((p) => [p.eId, p.repealed ?? false, p.text])).toEqual([
      ['sec_1', false, 'This Act may be cited as the Ledger Act.'],
      ['sec_2', false, 'The Court may order the forfeiture of a ledger.'],
      ['sec_3', true, ''],
      ['sec_4', true, ''],
      ['sec_5', false, 'This Act comes into operation on 1 January 2032.'],
    ]);
    expect(r.instrument.toc?.map((e) => e.unit)).toEqual(['1', '2', '3', '4', '5']);
    expect(r.instrument.report.extra).toEqual([]);
  });
});

describe('unglueCells', () => {
  it('puts back word boundaries a flattened table lost', () => {
    expect(unglueCells('Defamation Act, Cap. 199Extradition Act, Cap. 189')).toBe('Defamation Act, Cap. 199 Extradition Act, Cap. 189');
    expect(unglueCells('Section 34 is deleted.(a)In section 4, insert after subsection (2)the following')).toBe('Section 34 is deleted. (a) In section 4, insert after subsection (2) the following');
    expect(unglueCells('after paragraph40 the following')).toBe('after paragraph 40 the following');
  });
});
