import { lexError } from '../errors.ts';

/** The `charset` parameter of a Content-Type, lower-cased, or null when there is none. */
function charsetOf(contentType: string | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m ? m[1].toLowerCase() : null;
}

const utf8Labels = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'us-ascii', 'ascii']);

/**
 * A JSON body as text, decoded by its declared charset: UTF-8 (the default and JSON's own, RFC 8259), or UTF-16,
 * which some clients still send. Anything else is refused with a 415 rather than read as UTF-8 and garbled.
 */
export function decodeJsonBody(body: Buffer, contentType: string | undefined): string {
  const charset = charsetOf(contentType);
  if (!charset || utf8Labels.has(charset)) return body.toString('utf8');
  if (charset === 'utf-16' || charset === 'utf-16le' || charset === 'utf-16be') {
    // "utf-16" without a byte order mark is little-endian (WHATWG Encoding); TextDecoder drops the mark.
    const be = charset === 'utf-16be' || (charset === 'utf-16' && body[0] === 0xfe && body[1] === 0xff);
    return new TextDecoder(be ? 'utf-16be' : 'utf-16le').decode(body);
  }
  throw lexError('UNSUPPORTED_FORMAT', `A JSON body must be UTF-8 (or UTF-16), not "${charset.slice(0, 40)}"`);
}

const textExtensions = new Set(['.md', '.txt', '.html', '.htm', '.json']);

/** UTF-16 by its byte order mark, or by the zero high bytes of mostly-ASCII text (a Windows "Unicode" .txt). */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 16) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.9 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.9 && oddZero === 0) return 'utf-16be';
  return null;
}

/**
 * An uploaded text file as UTF-8 bytes: one saved as UTF-16 is decoded properly (ingestion reads UTF-8, or
 * Windows-1252 when the bytes are not UTF-8; UTF-16 would be refused as binary). Binary formats pass unchanged.
 */
export function uploadAsUtf8(bytes: Uint8Array, ext: string): Uint8Array {
  if (!textExtensions.has(ext)) return bytes;
  const order = utf16Order(bytes);
  if (!order) return bytes;
  return new TextEncoder().encode(new TextDecoder(order).decode(bytes));
}
