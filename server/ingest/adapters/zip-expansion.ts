import { promisify } from 'node:util';
import { inflateRaw, inflateRawSync, type ZlibOptions } from 'node:zlib';

const inflateRawAsync = promisify<Buffer, ZlibOptions, Buffer>(inflateRaw);

/** Why a zip may not be opened: it would expand past the limit, or it is not a readable archive. */
type ZipProblem = { kind: 'too-large' } | { kind: 'broken'; reason: string };

/**
 * A .docx is a zip archive. Before any library unpacks it, inflate every entry ourselves with a hard output cap:
 * the sizes a zip declares can lie, so only real inflation bounds a zip bomb. Null when every entry inflates
 * within `limit` bytes in total. Callers turn the problem into their own coded error (an upload answers 413 or
 * 422; the ingestion adapter reports it per file).
 */
export function zipExpansionProblem(bytes: Uint8Array, limit: number): ZipProblem | null {
  const walk = walkEntries(bytes, limit, (data, budget) => inflateRawSync(data, { maxOutputLength: budget }).length);
  let step = walk.next();
  while (!step.done) step = walk.next(step.value.inflate());
  return step.value;
}

/**
 * The same check with inflation on libuv's thread pool: an upload's zip bomb costs the event loop nothing while
 * the server answers other requests.
 */
export async function zipExpansionProblemAsync(bytes: Uint8Array, limit: number): Promise<ZipProblem | null> {
  const walk = walkEntries(bytes, limit, null);
  let step = walk.next();
  while (!step.done) {
    const { data, budget } = step.value;
    step = walk.next(await inflateRawAsync(data, { maxOutputLength: budget }).then((out) => out.length, (error: unknown) => error));
  }
  return step.value;
}

type Inflate = (data: Buffer, budget: number) => number;
/** An entry to inflate: `inflate()` does it here (sync walk); the async walk inflates `data` itself. */
interface InflateStep {
  data: Buffer;
  budget: number;
  inflate(): number | unknown;
}

/** Walks the central directory, yielding each deflated entry to inflate and taking back its size or the error. */
function* walkEntries(bytes: Uint8Array, limit: number, inflate: Inflate | null): Generator<InflateStep, ZipProblem | null, number | unknown> {
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
    const entry = entryData(buf, local, method, compressed, budget);
    let inflated: number | ZipProblem;
    if (typeof entry === 'number' || 'kind' in entry) inflated = entry;
    else {
      const data = entry.data;
      const max = Math.max(1, budget);
      const out: unknown = yield { data, budget: max, inflate: () => { try { return inflate!(data, max); } catch (error) { return error; } } };
      inflated = typeof out === 'number' ? out : (out as { code?: string })?.code === 'ERR_BUFFER_TOO_LARGE' ? TOO_LARGE : broken('an entry does not inflate');
    }
    if (typeof inflated !== 'number') return inflated;
    budget -= inflated;
    at += 46 + nameLen + extraLen + commentLen;
  }
  return null;
}

const TOO_LARGE: ZipProblem = { kind: 'too-large' };
const broken = (reason: string): ZipProblem => ({ kind: 'broken', reason });

/** A stored entry's size, or a deflated entry's data to inflate, or why the entry cannot be read. */
function entryData(buf: Buffer, local: number, method: number, compressed: number, budget: number): number | ZipProblem | { data: Buffer } {
  if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) return broken('broken local header');
  const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
  const data = buf.subarray(start, Math.min(buf.length, start + compressed));
  if (method === 0) return data.length > budget ? TOO_LARGE : data.length;
  if (method !== 8) return broken(`unsupported compression method ${method}`);
  return { data };
}

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record sits in the last 22 bytes plus at most a 64 KiB comment.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}

/**
 * The inflation budget of an archive of `size` bytes: at most `limit`, and at most `ratio` times its own size (but
 * never under `floor`, so a small document with a well-compressed style sheet still opens). A 314 KB .docx that
 * inflates to 90 MB is refused after 31 MB, not after 100.
 */
export function expansionBudget(size: number, limit: number, ratio: number, floor = 1024 * 1024): number {
  return Math.min(limit, Math.max(floor, size * ratio));
}
