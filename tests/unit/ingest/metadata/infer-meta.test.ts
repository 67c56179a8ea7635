import { describe, expect, it } from 'vitest';
import { inferMeta } from '../../../../server/ingest/metadata/infer-meta.ts';

describe('inferMeta', () => {
  it('reads the short title, year and kind from the text, the jurisdiction from the file-name prefix', () => {
    const text = 'GADGET BILL, 2021\nA Bill entitled\nAn Act to regulate gadgets.\n1. This Act may be cited as the Gadget Act, 2021.';
    expect(inferMeta(text, 'ke-gadget-bill-2021.md')).toEqual({
      id: 'ke-gadget-bill-2021', language: 'en', origin: 'inferred',
      title: 'Gadget Act, 2021', jurisdiction: 'KE', year: 2021, kind: 'bill',
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
});
