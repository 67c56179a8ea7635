/**
 * Total uncompressed size a zip archive declares in its central directory, read without inflating anything, so a
 * DOCX that would expand to gigabytes (a zip bomb) is refused before mammoth opens it. Null when the archive has no
 * readable end-of-central-directory record (not a zip, or truncated).
 */
export function zipDeclaredSize(bytes: Uint8Array): { entries: number; uncompressed: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const EOCD = 0x06054b50;
  const CENTRAL = 0x02014b50;
  // The end record sits in the last 22 bytes plus a comment of at most 65535 bytes.
  const stop = Math.max(0, bytes.length - 22 - 65535);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (dirOffset + dirSize > bytes.length) return null;
  let at = dirOffset;
  let uncompressed = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return null;
    uncompressed += view.getUint32(at + 24, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { entries, uncompressed };
}
