/**
 * Unsigned integer arrays as LEB128 varints in base64, for the serialised index. Posting lists are delta-coded
 * by the caller, so most values fit in one byte: about a quarter of raw Int32 arrays, and JSON stays one string
 * per array (fast to parse) instead of one number token per value.
 */
import { SearchIndexError } from './errors.ts';

/** Growable byte buffer for encoding. */
export class ByteWriter {
  private buf = new Uint8Array(1024);
  private len = 0;

  /** Writes a non-negative integer below 2^32 as a varint. */
  uint(value: number): void {
    if (this.len + 5 > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf.subarray(0, this.len));
      this.buf = next;
    }
    let v = value >>> 0;
    while (v >= 0x80) {
      this.buf[this.len++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.len++] = v;
  }

  base64(): string {
    return Buffer.from(this.buf.buffer, this.buf.byteOffset, this.len).toString('base64');
  }
}

/** Reads varints back; every read checks bounds, so a damaged string gives a SearchIndexError, not garbage. */
export class ByteReader {
  private readonly bytes: Uint8Array;
  private at = 0;

  constructor(
    encoded: unknown,
    private readonly where: string,
  ) {
    if (typeof encoded !== 'string') throw new SearchIndexError(`${where}: expected a base64 string`);
    this.bytes = Buffer.from(encoded, 'base64');
  }

  uint(): number {
    let result = 0;
    let shift = 0;
    const bytes = this.bytes;
    for (;;) {
      if (this.at >= bytes.length) throw new SearchIndexError(`${this.where}: data ends too early`);
      const b = bytes[this.at++];
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return result;
      shift += 7;
      if (shift > 28) throw new SearchIndexError(`${this.where}: malformed number`);
    }
  }

  /** `count` varints into a fresh Uint32Array. */
  uints(count: number): Uint32Array {
    const out = new Uint32Array(count);
    for (let i = 0; i < count; i++) out[i] = this.uint();
    return out;
  }

  get done(): boolean {
    return this.at === this.bytes.length;
  }

  end(): void {
    if (!this.done) throw new SearchIndexError(`${this.where}: unexpected data after the end`);
  }
}
