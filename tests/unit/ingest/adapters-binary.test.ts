import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemsToLines, pdfToText } from '../../../server/ingest/adapters/pdf.ts';
import { docxToHtml, docxToHtmlWithMessages } from '../../../server/ingest/adapters/docx.ts';
import { zipExpansionProblem } from '../../../server/ingest/adapters/zip-expansion.ts';
import { makeZip } from '../../fixtures/api/zip.ts';
import { IngestError } from '../../../server/ingest/types.ts';
import { makeDocx, makePdf } from '../../fixtures/binary/make-fixtures.ts';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'binary');
const read = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));

async function errorOf(promise: Promise<unknown>): Promise<IngestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError');
}

describe('pdfToText', () => {
  it('keeps printed lines by baseline and separates pages with form feeds', async () => {
    const text = await pdfToText(read('freedonia-widget-act-2031.pdf'));
    const pages = text.split('\f');
    expect(pages).toHaveLength(2);
    // "2." and "Interpretation" are two text items on one baseline: one printed line.
    expect(pages[0].split('\n')).toContain('2. Interpretation');
    expect(pages[0]).toContain('In this Act, "widget" means a small device that processes data.');
    expect(pages[1].split('\n')).toEqual([
      '3. Unauthorised access to widgets',
      'A person who, without authority, accesses a widget commits an offence and',
      'is liable on conviction to a fine of $5 000 or to imprisonment for 1 year.',
      '2',
    ]);
  });

  it('does not detach the caller’s bytes', async () => {
    const bytes = read('freedonia-widget-act-2031.pdf');
    await pdfToText(bytes);
    expect(bytes.length).toBeGreaterThan(0);
  });

  it('refuses truncated, non-PDF and empty input with LEXALIGN_ERR_BAD_PDF', async () => {
    for (const bytes of [read('truncated.pdf'), read('freedonia-gadget-act-2032.docx'), new Uint8Array(0)]) {
      const error = await errorOf(pdfToText(bytes));
      expect(error.code).toBe('LEXALIGN_ERR_BAD_PDF');
      expect(error.message).toMatch(/PDF could not be read/);
    }
  });

  it('enforces its size and page bounds', async () => {
    const bytes = read('freedonia-widget-act-2031.pdf');
    expect((await errorOf(pdfToText(bytes, { maxBytes: 100 }))).code).toBe('LEXALIGN_ERR_PDF_TOO_LARGE');
    expect((await errorOf(pdfToText(bytes, { maxPages: 1 }))).message).toMatch(/2 pages, over the limit of 1/);
  });

  it('orders lines top to bottom and items left to right', () => {
    const item = (str: string, x: number, y: number) => ({ str, transform: [10, 0, 0, 10, x, y], width: str.length * 5, height: 10 });
    expect(itemsToLines([item('second', 72, 500), item('line', 120, 501), item('first', 72, 700), item('', 0, 0)])).toEqual(['first', 'second line']);
  });
});

describe('docxToHtml', () => {
  it('converts headings and paragraphs to HTML for the core HTML path', async () => {
    const html = await docxToHtml(read('freedonia-gadget-act-2032.docx'));
    expect(html).toContain('<h1>Gadget Protection Act, 2032</h1>');
    expect(html).toContain('<h2>2. Unlawful interference with gadgets</h2>');
    expect(html).toContain('<p>A person who intentionally damages a gadget commits an offence');
  });

  it('escapes markup that the document holds as text', async () => {
    const { html } = await docxToHtmlWithMessages(makeDocx([[null, '<script>alert(1)</script> & more']]));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('refuses truncated, non-zip and empty input with LEXALIGN_ERR_BAD_DOCX', async () => {
    for (const bytes of [read('truncated.docx'), read('freedonia-widget-act-2031.pdf'), new Uint8Array(0)]) {
      const error = await errorOf(docxToHtml(bytes));
      expect(error.code).toBe('LEXALIGN_ERR_BAD_DOCX');
    }
  });

  it('refuses oversized files and archives that would expand past the bound', async () => {
    const bytes = read('freedonia-gadget-act-2032.docx');
    expect((await errorOf(docxToHtml(bytes, { maxBytes: 10 }))).code).toBe('LEXALIGN_ERR_DOCX_TOO_LARGE');
    expect((await errorOf(docxToHtml(bytes, { maxExpandedBytes: 100 }))).message).toMatch(/would expand to more than 100 bytes/);
  });

  it('bounds a zip by inflating it, not by the sizes it declares', () => {
    expect(zipExpansionProblem(makeDocx(), 100_000)).toBeNull();
    expect(zipExpansionProblem(makeDocx(), 100)).toEqual({ kind: 'too-large' });
    const liar = makeZip([{ name: 'word/document.xml', data: Buffer.alloc(1_000_000), declaredSize: 100 }]);
    expect(zipExpansionProblem(liar, 500_000)).toEqual({ kind: 'too-large' });
    expect(zipExpansionProblem(makePdf(), 100_000)).toEqual({ kind: 'broken', reason: 'no end-of-central-directory record' });
  });
});
