import { describe, expect, it } from 'vitest';
import { inferMeta } from '../../../../server/ingest/metadata/infer-meta.ts';

describe('inferMeta', () => {
  it('reads the short title, year and kind from the text, the jurisdiction from the file-name prefix', () => {
    const text = 'GADGET BILL, 2021\nA Bill entitled\nAn Act to regulate gadgets.\n1. This Act may be cited as the Gadget Act, 2021.';
    expect(inferMeta(text, 'ke-gadget-bill-2021.md')).toEqual({
      id: 'ke-gadget-bill-2021', language: 'en', origin: 'inferred',
      title: 'Gadget Bill, 2021', jurisdiction: 'KE', year: 2021, kind: 'bill',
      inferred: ['title', 'jurisdiction', 'year', 'kind'],
    });
  });

  it('reads the jurisdiction from enacting words when the file name has no prefix', () => {
    expect(inferMeta('ENACTED by the Parliament of Barbados as follows:\n1. Short title', 'statute.md').jurisdiction).toBe('BB');
    expect(inferMeta('Be it enacted by the Senate and House of Representatives of the Philippines in Congress assembled: Republic of the Philippines', 'x.txt').jurisdiction).toBe('PH');
    expect(inferMeta('Title 18 of the United States Code, section 1030', 'x.txt').jurisdiction).toBe('US');
    expect(inferMeta('THE REPUBLIC OF KENYA\nREPUBLIC OF KENYA', 'x.txt').jurisdiction).toBe('KE');
  });

  it('recognises treaties and resolutions', () => {
    const treaty = inferMeta('# Convention on Gadget Crime\nEach Party shall adopt such legislative measures as may be necessary.', 'coe-gadget-convention-2020.md');
    expect(treaty).toMatchObject({ jurisdiction: 'INT', kind: 'treaty', year: 2020, title: 'Convention on Gadget Crime' });
    expect(inferMeta('RESOLVED that this House approve the sum.', '44_resolution-gadget-fund.md').kind).toBe('resolution');
  });

  it('falls back to the file name for the title and lists only what it found', () => {
    const meta = inferMeta('some words with no citation', 'gadget-notes.txt');
    expect(meta.title).toBe('Gadget Notes');
    expect(meta.inferred).toEqual(['title']);
    expect(meta).not.toHaveProperty('year');
  });

  it('never throws on odd input', () => {
    expect(() => inferMeta('', '')).not.toThrow();
    expect(inferMeta('', '').id).toBe('untitled');
  });

  describe('tells a Bill from an Act', () => {
    const body = '1. Short title\nThis Act may be cited as the Gadget Misuse Act, 2031.\n2. Interpretation\nIn this Act, "gadget" means a device.';
    it.each([
      ['the long-title formula, in capitals', `A BILL ENTITLED\nAn Act to make provision for gadgets.\n${body}`],
      ['a line that is only "A BILL"', `GADGET MISUSE\n\nA BILL\n\nintituled\n\nAn Act to provide for gadgets.\n${body}`],
      ['a Dewan Rakyat bill number', `D.R.12/2031\nGADGET MISUSE\n${body}`],
      ['"Bill No."', `Bill No. 14 of 2031\n${body}`],
      ['"this Bill" in the memorandum', `${body}\nOBJECTS AND REASONS\nThis Bill would make the misuse of gadgets an offence.`],
    ])('by %s, and cites it as a Bill', (_, text) => {
      const meta = inferMeta(text, 'xa-gadget-misuse.md');
      expect(meta.kind).toBe('bill');
      expect(meta.title).toBe('Gadget Misuse Bill, 2031');
    });

    it('keeps an enacted Act an Act, a Bill of Rights included', () => {
      expect(inferMeta(`ENACTED by the Parliament of Examplia as follows:\n${body}`, 'xa-gadget-misuse-act-2031.md')).toMatchObject({ kind: 'act', title: 'Gadget Misuse Act, 2031' });
      expect(inferMeta('This Act may be cited as the Bill of Rights Act, 2031.', 'xa-rights.md').kind).toBe('act');
    });
  });
});
