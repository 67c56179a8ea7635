import { Errors, IngestError } from '../../errors.ts';

/**
 * Text of a PDF, one printed line per line: pdf.js gives positioned text items, and items that share a baseline
 * (within a tolerance) are one printed line, joined left to right. Pages are separated by form feeds, as
 * pdftotext does, so the text path can recognise page furniture (running heads, page numbers) at page edges.
 * Bounds on bytes and pages keep an upload from tying up the server.
 */

export interface PdfOptions {
  /** Largest accepted file, in bytes (default 50 MB). */
  maxBytes?: number;
  /** Most pages read (default 2000); a longer PDF is refused rather than silently cut. */
  maxPages?: number;
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

const DEFAULTS = { maxBytes: 50 * 1024 * 1024, maxPages: 2000 };

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** Items on (nearly) the same baseline, top of the page first, each line read left to right. */
export function itemsToLines(items: TextItemLike[]): string[] {
  const rows: Array<{ y: number; size: number; parts: Array<{ x: number; end: number; str: string }> }> = [];
  for (const item of items) {
    if (typeof item.str !== 'string' || item.str.length === 0) continue;
    const x = item.transform[4];
    const y = item.transform[5];
    const size = Math.abs(item.height || item.transform[3] || 10);
    // Superscripts and subscripts sit a little off the baseline: a third of the font size still counts as one line.
    let row = rows.find((r) => Math.abs(r.y - y) <= Math.max(r.size, size) / 3);
    if (!row) {
      row = { y, size, parts: [] };
      rows.push(row);
    }
    row.parts.push({ x, end: x + (item.width || 0), str: item.str });
  }
  rows.sort((a, b) => b.y - a.y);
  return rows.map((row) => {
    row.parts.sort((a, b) => a.x - b.x);
    let line = '';
    let lastEnd = Number.NEGATIVE_INFINITY;
    for (const part of row.parts) {
      // A visible gap between items is a space the PDF did not encode as a glyph.
      const gap = part.x - lastEnd;
      if (line && gap > row.size * 0.15 && !/\s$/.test(line) && !/^\s/.test(part.str)) line += ' ';
      line += part.str;
      lastEnd = part.end;
    }
    return line.replace(/[ \t]+$/, '');
  });
}

function badPdf(reason: string): IngestError {
  return new Errors.BAD_PDF(`The PDF could not be read (${reason}). It may be truncated, corrupt or encrypted.`);
}

/** Plain text of a PDF: lines by baseline, pages separated by form feeds. Throws IngestError for unreadable PDFs. */
export async function pdfToText(bytes: Uint8Array, options: PdfOptions = {}): Promise<string> {
  const { maxBytes, maxPages } = { ...DEFAULTS, ...options };
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) throw badPdf('the file is empty');
  if (bytes.length > maxBytes) {
    throw new Errors.PDF_TOO_LARGE(`The PDF is ${bytes.length} bytes, over the limit of ${maxBytes} bytes.`);
  }
  if (!/%PDF-/.test(Buffer.from(bytes.subarray(0, 1024)).toString('latin1'))) throw badPdf('no PDF header');
  const { getDocument } = await loadPdfJs();
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy so the caller's bytes survive.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise> | undefined;
  try {
    doc = await task.promise;
    if (doc.numPages > maxPages) {
      throw new Errors.PDF_TOO_LARGE(`The PDF has ${doc.numPages} pages, over the limit of ${maxPages}.`);
    }
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.filter((i) => 'str' in i) as unknown as TextItemLike[];
      pages.push(itemsToLines(items).join('\n'));
      page.cleanup();
    }
    return pages.join('\n\f');
  } catch (error) {
    if (error instanceof IngestError) throw error;
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw badPdf('it is password-protected');
    throw badPdf(error instanceof Error ? error.message : String(error));
  } finally {
    await (doc ? doc.destroy() : task.destroy()).catch(() => {});
  }
}
