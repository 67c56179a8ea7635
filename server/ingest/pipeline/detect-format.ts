import { extname } from 'node:path';
import type { SourceFormat } from '../types.ts';
import { Errors } from '../../errors.ts';

const BY_EXTENSION: Record<string, SourceFormat> = {
  '.md': 'md', '.markdown': 'md', '.txt': 'txt', '.text': 'txt', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.json': 'json', '.pdf': 'pdf', '.docx': 'docx',
};

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** A file that is not text: NUL bytes or many control characters in its first kilobytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.05;
}

/**
 * The format, from the extension and checked against the content: a PDF or DOCX signature wins over a wrong
 * extension; an unknown extension is accepted only when the content shows what it is.
 */
export function detectFormat(fileName: string, bytes: Uint8Array): SourceFormat {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  const ext = extname(fileName).toLowerCase();
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (ext === '.docx' || ext === '') return 'docx';
    throw new Errors.UNKNOWN_FORMAT(`${fileName} is a ZIP archive; only .docx archives can be read.`);
  }
  const known = BY_EXTENSION[ext];
  if (known === 'pdf' || known === 'docx') {
    throw new Errors.UNKNOWN_FORMAT(`${fileName} is named ${ext} but its content is not a ${ext.slice(1).toUpperCase()} file.`);
  }
  if (known) return known;
  if (looksBinary(bytes)) throw new Errors.BINARY_CONTENT(`${fileName} is not a text file and has no known document signature.`);
  const head = new TextDecoder().decode(bytes.subarray(0, 2048)).trimStart();
  if (/^[[{]/.test(head)) return 'json';
  if (/^(?:<!doctype html|<html|<body|<p[\s>])/i.test(head)) return 'html';
  throw new Errors.UNKNOWN_FORMAT(`Cannot tell what kind of file ${fileName} is: use .md, .txt, .html, .json, .pdf or .docx.`);
}

/** Text formats are UTF-8; a file that is not valid UTF-8 is read as Windows-1252, as old HTML pages are. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
