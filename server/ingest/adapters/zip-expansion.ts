import { inflateRawSync } from 'node:zlib';

/** Why a zip may not be opened: it would expand past the limit, or it is not a readable archive. */
export type ZipProblem = { kind: 'too-large' } | { kind: 'broken'; reason: string };

/**
 * A .docx is a zip archive. Before any library unpacks it, inflate every entry ourselves with a hard output cap:
 * the sizes a zip declares can lie, so only real inflation bounds a zip bomb. Null when every entry inflates
 * within `limit` bytes in total. Callers turn the problem into their own coded error (an upload answers 413 or
 * 422; the ingestion adapter reports it per file).
 */
export function zipExpansionProblem(bytes: Uint8Array, limit: number): ZipProblem | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return broken('no end-of-central-directory record');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  let budget = limit;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) return broken('broken central directory');
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const declared = buf.readUInt32LE(at + 24);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    if (declared > budget) return TOO_LARGE;
    const inflated = inflatedSize(buf, local, method, compressed, budget);
    if (typeof inflated !== 'number') return inflated;
    budget -= inflated;
    at += 46 + nameLen + extraLen + commentLen;
  }
  return null;
}

const TOO_LARGE: ZipProblem = { kind: 'too-large' };
const broken = (reason: string): ZipProblem => ({ kind: 'broken', reason });

function inflatedSize(buf: Buffer, local: number, method: number, compressed: number, budget: number): number | ZipProblem {
  if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) return broken('broken local header');
  const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
  const data = buf.subarray(start, Math.min(buf.length, start + compressed));
  if (method === 0) return data.length > budget ? TOO_LARGE : data.length;
  if (method !== 8) return broken(`unsupported compression method ${method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return TOO_LARGE;
    return broken('an entry does not inflate');
  }
}

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record sits in the last 22 bytes plus at most a 64 KiB comment.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}
