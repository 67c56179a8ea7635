import { inflateRawSync } from 'node:zlib';
import { lexError } from '../errors.ts';

/**
 * A .docx is a zip archive. Before any library unpacks it, inflate every entry ourselves with a hard output cap:
 * the sizes a zip declares can lie, so only real inflation bounds a zip bomb.
 */
export function assertDocxExpandsWithin(bytes: Uint8Array, limit: number): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) throw lexError('BAD_ARCHIVE', 'no end-of-central-directory record');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  let budget = limit;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw lexError('BAD_ARCHIVE', 'broken central directory');
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const declared = buf.readUInt32LE(at + 24);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    if (declared > budget) throw lexError('ARCHIVE_TOO_LARGE', limit);
    budget -= inflatedSize(buf, local, method, compressed, budget, limit);
    at += 46 + nameLen + extraLen + commentLen;
  }
}

function inflatedSize(buf: Buffer, local: number, method: number, compressed: number, budget: number, limit: number): number {
  if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw lexError('BAD_ARCHIVE', 'broken local header');
  const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
  const data = buf.subarray(start, Math.min(buf.length, start + compressed));
  if (method === 0) {
    if (data.length > budget) throw lexError('ARCHIVE_TOO_LARGE', limit);
    return data.length;
  }
  if (method !== 8) throw lexError('BAD_ARCHIVE', `unsupported compression method ${method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw lexError('ARCHIVE_TOO_LARGE', limit);
    throw lexError('BAD_ARCHIVE', 'an entry does not inflate');
  }
}

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record sits in the last 22 bytes plus at most a 64 KiB comment.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}
