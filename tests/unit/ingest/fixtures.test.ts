import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../server/ingest/index.ts';
import type { IngestResult } from '../../../server/ingest/types.ts';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'ingest');
const load = (name: string): IngestResult => ingestText(readFileSync(join(dir, name), 'utf8'), name);
/** eId | num | heading | text: one line per provision, as a lawyer would check them. */
const rows = (r: IngestResult) => r.provisions.map((p) => [p.eId, p.num, p.heading ?? '', p.text]);
const codes = (r: IngestResult) => r.instrument.report.warnings.map((w) => w.code);

describe('PDF-extracted bill (.md without Markdown syntax)', () => {
  const r = load('pdf-bill.md');
  it('finds the clauses and the Schedule, not the arrangement or the objects and reasons', () => {
    expect(r.instrument.report.units).toEqual([
      { unit: '1', heading: 'Short title' },
      { unit: '2', heading: 'Interpretation' },
      { unit: '3', heading: 'Tampering with a ledger' },
      { unit: 'Schedule', heading: 'FORMS' },
    ]);
    expect(r.provisions.some((p) => /combat|punishment of tampering/.test(p.text))).toBe(false);
  });
  it('reads the arrangement (numbers block then headings block) as a cross-check only', () => {
    expect(r.instrument.toc).toEqual([
      { unit: '1', heading: 'Short title' },
      { unit: '2', heading: 'Interpretation' },
      { unit: '3', heading: 'Tampering with a ledger' },
      { unit: 'Schedule', heading: 'FORMS' },
    ]);
    expect(r.instrument.report.missing).toEqual([]);
    expect(r.instrument.report.extra).toEqual([]);
  });
  it('joins clause numbers split from their text, pairs listed letters, and restores a floating (2)', () => {
    expect(rows(r)).toEqual([
      ['part_1__sec_1', '1', 'Short title', 'This Act may be cited as the Ledger Act, 2031.'],
      ['part_1__sec_2', '2', 'Interpretation', ''],
      ['part_1__sec_2__subsec_1', '2(1)', '', 'In this Act, "ledger" means a record of accounts kept "keeper" means the person who holds a ledger.'],
      ['part_1__sec_2__subsec_1__para_a', '2(1)(a)', '', 'on paper; or'],
      ['part_1__sec_2__subsec_1__para_b', '2(1)(b)', '', 'by electronic means;'],
      ['part_1__sec_2__subsec_2', '2(2)', '', 'For the purposes of this Act, a person tampers with a ledger if he alters or erases any entry in it.'],
      ['part_2__sec_3', '3', 'Tampering with a ledger', 'A person who, without lawful excuse, tampers with a ledger commits an offence.'],
      ['sch', 'Schedule', 'FORMS', 'Form of notice to a keeper.'],
    ]);
    expect(codes(r)).toEqual(expect.arrayContaining(['LEXALIGN_WARN_FLOATING_NUMBER', 'LEXALIGN_INFO_LABEL_RUNS', 'LEXALIGN_INFO_PAGE_FURNITURE']));
  });
  it('records parts, levels, parents and paths', () => {
    expect(r.instrument.parts).toEqual([
      { eId: 'part_1', type: 'part', num: 'I', heading: 'PRELIMINARY' },
      { eId: 'part_2', type: 'part', num: 'II', heading: 'OFFENCES' },
      { eId: 'sch', type: 'schedule', num: 'Schedule', heading: 'FORMS' },
    ]);
    const para = r.provisions.find((p) => p.num === '2(1)(a)')!;
    expect(para).toMatchObject({ unit: '2', level: 2, parent: 'part_1__sec_2__subsec_1' });
    expect(para.path).toEqual([
      { type: 'part', num: 'I', heading: 'PRELIMINARY' },
      { type: 'sec', num: '2', heading: 'Interpretation' },
      { type: 'subsec', num: '(1)' },
    ]);
    expect(r.instrument.units).toBe('sections');
    expect(r.instrument.source).toMatchObject({ file: 'pdf-bill.md', format: 'md' });
    expect(r.instrument.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('OCR text of a revised edition', () => {
  const r = load('ocr-revised.txt');
  it('fixes numbering only where the sequence confirms it, and says so', () => {
    expect(r.instrument.report.units.map((u) => u.unit)).toEqual(['9', '10', '11', '12', '13']);
    expect(rows(r).slice(2, 7)).toEqual([
      ['part_1__sec_11', '11', '', 'A person who tampers with a ledger commits an offence.'],
      ['part_1__sec_12', '12', '', ''],
      ['part_1__sec_12__subsec_1', '12(1)', '', 'A keeper shall keep the ledger safe.'],
      ['part_1__sec_12__subsec_2', '12(2)', '', 'A keeper shall report a loss\u2014'],
      ['part_1__sec_12__subsec_2__para_a', '12(2)(a)', '', 'to the police; and'],
    ]);
    expect(r.instrument.parts.map((p) => `${p.num} ${p.heading}`)).toEqual(['I Preliminary', 'II Penalties']);
    expect(codes(r).filter((c) => c.startsWith('LEXALIGN_WARN_OCR'))).toHaveLength(4);
    expect(r.instrument.report.gaps).toEqual([]);
  });
});

describe('scraper section records (JSON)', () => {
  it('moves a run-on Part heading to its Part, keeps 46A, drops a junk section 0', () => {
    const r = load('presplit-sections.json');
    expect(r.instrument.report.units.map((u) => u.unit)).toEqual(['1', '2', '46', '46A']);
    expect(r.instrument.parts).toEqual([
      { eId: 'part_1', type: 'part', num: 'I' },
      { eId: 'part_2', type: 'part', num: 'II', heading: 'OFFENCES AND PENALTIES' },
    ]);
    expect(rows(r)).toEqual([
      ['part_1__sec_1', '1', 'Short title', 'This Act may be cited as the Ledger Protection Act.'],
      ['part_1__sec_2', '2', 'Objects', 'The objects of this Act are to\u2014'],
      ['part_1__sec_2__para_a', '2(a)', '', 'protect ledgers; and'],
      ['part_1__sec_2__para_b', '2(b)', '', 'punish tampering.'],
      ['part_2__sec_46', '46', 'Tampering', ''],
      ['part_2__sec_46__subsec_1', '46(1)', '', 'A person who tampers with a ledger commits an offence.'],
      ['part_2__sec_46__subsec_2', '46(2)', '', 'In subsection (1), a ledger includes a copy.'],
      ['part_2__sec_46a', '46A', 'Further orders', 'A court may order the return of a ledger.'],
    ]);
    expect(codes(r)).toEqual(expect.arrayContaining(['LEXALIGN_INFO_RUN_ON_HEADING', 'LEXALIGN_WARN_JUNK_SECTION']));
  });
  it('drops sentences printed twice in a row and warns', () => {
    const r = load('repeated-sentences.json');
    expect(rows(r).slice(0, 3)).toEqual([
      ['sec_1', '1', 'Application', ''],
      ['sec_1__subsec_1', '1(1)', '', 'This Act applies to public records in the country.'],
      ['sec_1__subsec_2', '1(2)', '', 'This Act shall be read together with the Archives Act.'],
    ]);
    expect(r.provisions.find((p) => p.eId === 'sec_5')!.text).toBe('The governing body of the Authority is a Board appointed by the President of the country.');
    expect(codes(r)).toContain('LEXALIGN_WARN_REPEATED_TEXT');
  });
  it('reads a Guyana record from its full context when the description fragments are cut at the wrong marker', () => {
    const r = load('guyana-context.json');
    expect(rows(r)).toEqual([
      ['sec_1', '1', 'Short title', 'This Act may be cited as the Lantern Assistance Act.'],
      ['sec_2', '2', 'Saving of other co-operation', 'Nothing in this Act prevents co-operation with the police of another country.'],
      ['part_2__sec_3', '3', 'Restriction on use of evidence', ''],
      ['part_2__sec_3__subsec_1', '3(1)', '', 'No evidence obtained as a result of a request under this Part may be used except for a purpose specified in subsection (2).'],
      ['part_2__sec_3__subsec_2', '3(2)', '', 'Subsection (1) refers to the following purposes'],
      ['part_2__sec_3__subsec_2__para_a', '3(2)(a)', '', 'the proceedings to which the request relates;'],
      ['part_2__sec_3__subsec_2__para_b', '3(2)(b)', '', 'any other purpose to which the requested country consents.'],
    ]);
    // The Part heading ran on into s. 2's title: the Part starts with the next section.
    expect(r.instrument.parts).toEqual([{ eId: 'part_2', type: 'part', num: 'II', heading: 'REQUESTS BY LANTERNIA' }]);
    expect(codes(r)).toContain('LEXALIGN_INFO_RUN_ON_HEADING');
  });

  it('reads Guyana-style arrays, with the number folded into the title', () => {
    const r = load('guyana-array.json');
    expect(rows(r)).toEqual([
      ['sec_1', '1', 'Short title', 'This Act may be cited as the Ledger Act.'],
      ['sec_2', '2', 'Offence', ''],
      ['sec_2__subsec_1', '2(1)', '', 'A person who alters a ledger commits an offence.'],
      ['sec_2__subsec_2', '2(2)', '', 'A person who erases a ledger commits an offence.'],
    ]);
    expect(r.instrument.source.format).toBe('json');
  });
  it('reads a one-section US Code record as subsection units (a), (b), (c)', () => {
    const r = load('us-code.json');
    expect(r.instrument.units).toBe('subsections');
    expect(rows(r)).toEqual([
      ['subsec_a', '(a)', '', 'Whoever\u2014'],
      ['subsec_a__para_1', '(a)(1)', '', 'knowingly alters a ledger; or'],
      ['subsec_a__para_2', '(a)(2)', '', 'knowingly erases a ledger entry, shall be punished as provided in subsection (b).'],
      ['subsec_b', '(b)', '', 'The punishment for an offense under subsection (a) is\u2014'],
      ['subsec_b__para_1', '(b)(1)', '', ''],
      ['subsec_b__para_1__subpara_a', '(b)(1)(A)', '', 'a fine under this title; or'],
      ['subsec_b__para_1__subpara_b', '(b)(1)(B)', '', 'imprisonment for not more than one year.'],
      ['subsec_c', '(c)', '', 'As used in this section, the term "ledger" means a record of accounts.'],
    ]);
  });
});

describe('HTML in Philippine drafting style', () => {
  const r = load('philippine-style.html');
  it('reads "SEC. N. Heading. --" sections under their Chapters, ignoring layout tables and scripts', () => {
    expect(r.instrument.report.units).toEqual([
      { unit: '1', heading: 'Title' }, { unit: '2', heading: 'Definition of Terms' }, { unit: '3', heading: 'Ledger Offenses' },
    ]);
    expect(r.instrument.parts).toEqual([
      { eId: 'chp_1', type: 'chapter', num: 'I', heading: 'PRELIMINARY PROVISIONS' },
      { eId: 'chp_2', type: 'chapter', num: 'II', heading: 'PUNISHABLE ACTS' },
    ]);
    expect(rows(r).slice(0, 3)).toEqual([
      ['chp_1__sec_1', '1', 'Title', 'This Act shall be known as the "Ledger Integrity Act of 2030".'],
      ['chp_1__sec_2', '2', 'Definition of Terms', 'For purposes of this Act:'],
      ['chp_1__sec_2__para_a', '2(a)', '', 'Ledger refers to a record of accounts.'],
    ]);
    expect(r.provisions.map((p) => p.num)).toContain('3(a)(2)');
    expect(r.provisions.some((p) => p.text.includes('alert'))).toBe(false);
  });
});

describe('treaty in Markdown', () => {
  const r = load('treaty.md');
  it('reads "Article N – Title" units with numbered paragraphs and a) items', () => {
    expect(r.instrument.units).toBe('articles');
    expect(rows(r).map((x) => x.slice(0, 3))).toEqual([
      ['chp_1__art_1', '1', 'Definitions'],
      ['chp_1__art_1__para_a', '1(a)', ''],
      ['chp_1__art_1__para_b', '1(b)', ''],
      ['chp_1__art_1__para_b__subpara_i', '1(b)(i)', ''],
      ['chp_1__art_1__para_b__subpara_ii', '1(b)(ii)', ''],
      ['chp_2__art_2', '2', 'Tampering'],
      ['chp_2__art_2__subsec_1', '2(1)', ''],
      ['chp_2__art_2__subsec_2', '2(2)', ''],
    ]);
    expect(r.provisions[1].text).toBe('"ledger" means any record of accounts;');
  });
});
