import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readHtml } from './adapters/html.ts';
import { readJson } from './adapters/json.ts';
import { readMarkdown } from './adapters/markdown.ts';
import { textToLines } from './adapters/text.ts';
import { cleanText } from './normalise/clean-text.ts';
import { assemble } from './pipeline/assemble.ts';
import { decodeText, detectFormat, looksBinary } from './pipeline/detect-format.ts';
import { Errors } from '../errors.ts';
import { normaliseLines } from './pipeline/normalise-lines.ts';
import { presplitUnits } from './pipeline/presplit-units.ts';
import { metaFromRecord, resolveMeta } from './pipeline/resolve-meta.ts';
import { structureText } from './pipeline/structure-text.ts';
import type { SourceLine } from './source-line.ts';
import { IngestError, type IngestResult, type IngestWarning, type InstrumentMeta, type SourceFormat } from './types.ts';

export { IngestError } from './types.ts';

type TextFormat = Exclude<SourceFormat, 'pdf' | 'docx'>;

/** Never throw anything but an IngestError: unexpected failures are wrapped with the file name. */
function guard<T>(fileName: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof IngestError) throw e;
    throw new Errors.INGEST_INTERNAL(`Ingesting ${fileName} failed unexpectedly: ${(e as Error)?.message ?? String(e)}`);
  }
}

function linesFor(text: string, format: 'md' | 'txt' | 'html', warnings: IngestWarning[]): { lines: SourceLine[]; fm: Partial<InstrumentMeta> } {
  const clean = cleanText(text, warnings);
  if (format === 'md') {
    const md = readMarkdown(clean);
    if (md.readAsText) warnings.push({ code: 'LEXALIGN_INFO_PLAIN_TEXT', message: 'The Markdown file has no Markdown syntax (text extracted from a PDF): read as plain text.' });
    const fm = metaFromRecord(md.frontmatter);
    return { lines: md.lines, fm };
  }
  if (format === 'html') {
    const html = readHtml(clean);
    return { lines: html.lines, fm: {} };
  }
  return { lines: textToLines(clean), fm: {} };
}

function ingestTextAs(text: string, fileName: string, format: TextFormat | 'pdf' | 'docx', meta: Partial<InstrumentMeta> | undefined, raw: Uint8Array | string, started: number): IngestResult {
  if (!text.trim()) throw new Errors.EMPTY_FILE(`${fileName} is empty: there is no text to ingest.`);
  const warnings: IngestWarning[] = [];
  const file = basename(fileName);
  if (format === 'json') {
    const read = readJson(text);
    if (read.kind === 'result') return read.result;
    if (read.kind === 'text') {
      const inner = ingestTextAs(read.text, fileName.replace(/\.json$/i, `.${read.format}`), read.format, { ...(read.title ? { title: read.title } : {}), ...meta }, raw, started);
      inner.instrument.source.format = 'json';
      inner.instrument.source.file = file;
      return inner;
    }
    const units = presplitUnits(read.sections, warnings);
    const fromFile: Partial<InstrumentMeta> = { ...(read.title ? { title: read.title } : {}), ...(read.year ? { year: read.year } : {}) };
    const resolved = resolveMeta(read.sections.slice(0, 3).map((s) => s.text).join('\n'), fileName, meta, fromFile);
    if (read.title && !meta?.title) resolved.origin = meta?.origin ?? 'inferred';
    return assemble({ meta: resolved, units, kind: 'sections', toc: null, unassigned: [], warnings, source: { file, format, bytes: raw }, chars: text.length, started });
  }
  const textFormat = format === 'md' || format === 'html' ? format : 'txt';
  const { lines: rawLines, fm } = linesFor(text, textFormat, warnings);
  const lines = normaliseLines(rawLines, warnings);
  const structure = structureText(lines, warnings);
  const resolved = resolveMeta(text.slice(0, 20_000), fileName, meta, fm);
  return assemble({ meta: resolved, ...structure, warnings, source: { file, format, bytes: raw }, chars: text.length, started });
}

/**
 * Ingest a text format (md, txt, html, json) synchronously. The format comes from the extension, or from the
 * content when the extension says nothing.
 */
export function ingestText(text: string, fileName: string, meta?: Partial<InstrumentMeta>): IngestResult {
  const started = performance.now();
  return guard(fileName, () => {
    const bytes = new TextEncoder().encode(text);
    const format = detectFormat(fileName, bytes);
    if (format === 'pdf' || format === 'docx') throw new Errors.UNKNOWN_FORMAT(`${fileName} is a ${format.toUpperCase()} file: use ingest() for binary formats.`);
    if (looksBinary(bytes)) throw new Errors.BINARY_CONTENT(`${fileName} holds binary data, not text.`);
    return ingestTextAs(text, fileName, format, meta, bytes, started);
  });
}

/**
 * The PDF and DOCX adapters are loaded on first use (pdf.js and mammoth are large): a server that never sees a PDF
 * never loads them. A module that cannot be loaded is a clear 415, never a crash.
 */
async function loadAdapter<T>(load: () => Promise<Record<string, unknown>>, name: string, format: string): Promise<T> {
  const fn = (await load().catch(() => null))?.[name];
  if (typeof fn !== 'function') throw new Errors.FORMAT_UNAVAILABLE(`Reading ${format} files is not available in this build.`);
  return fn as T;
}

/** Ingest any supported file from its bytes. */
export async function ingest(input: { bytes: Uint8Array; fileName: string; meta?: Partial<InstrumentMeta> }): Promise<IngestResult> {
  const started = performance.now();
  const { bytes, fileName, meta } = input;
  try {
    if (!bytes || bytes.length === 0) throw new Errors.EMPTY_FILE(`${fileName} is empty: there is no text to ingest.`);
    const format = detectFormat(fileName, bytes);
    if (format === 'pdf') {
      const pdfToText = await loadAdapter<(b: Uint8Array) => Promise<string>>(() => import('./adapters/pdf.ts'), 'pdfToText', 'PDF');
      const text = await pdfToText(bytes);
      return guard(fileName, () => ingestTextAs(text, fileName, 'pdf', meta, bytes, started));
    }
    if (format === 'docx') {
      const docxToHtml = await loadAdapter<(b: Uint8Array) => Promise<string>>(() => import('./adapters/docx.ts'), 'docxToHtml', 'DOCX');
      const html = await docxToHtml(bytes);
      return guard(fileName, () => {
        const result = ingestTextAs(html, fileName.replace(/\.docx$/i, '.html'), 'html', meta, bytes, started);
        result.instrument.source.format = 'docx';
        result.instrument.source.file = basename(fileName);
        return result;
      });
    }
    if (looksBinary(bytes)) throw new Errors.BINARY_CONTENT(`${fileName} holds binary data, not text.`);
    const text = decodeText(bytes);
    return guard(fileName, () => ingestTextAs(text, fileName, format, meta, bytes, started));
  } catch (e) {
    if (e instanceof IngestError) throw e;
    throw new Errors.INGEST_INTERNAL(`Ingesting ${fileName} failed unexpectedly: ${(e as Error)?.message ?? String(e)}`);
  }
}

/** Read a file and ingest it; the only I/O of the ingestion core. */
export async function ingestFile(path: string, meta?: Partial<InstrumentMeta>): Promise<IngestResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    throw new Errors.READ_FILE(`Cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
  }
  return ingest({ bytes, fileName: path, meta });
}
