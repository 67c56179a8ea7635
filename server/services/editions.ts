import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize, sep } from 'node:path';
import { editionOf, type Edition } from './edition.ts';
import type { Manifest } from './manifest.ts';

/** The publisher's JSON record is metadata plus the text; a record larger than this is not read for its metadata. */
const MAX_RECORD_BYTES = 2_000_000;

function inside(file: string): boolean {
  if (isAbsolute(file)) return false;
  return !normalize(file).split(sep).includes('..');
}

/** The first JSON object among an entry's files (the publisher's record), or null. Paths come from the manifest. */
function readRecord(dir: string, entry: Record<string, unknown>): Record<string, unknown> | null {
  const files = [entry.file, ...(Array.isArray(entry.alternates) ? entry.alternates : [])].filter(
    (f): f is string => typeof f === 'string' && f.endsWith('.json') && inside(f),
  );
  for (const f of files) {
    try {
      const path = join(dir, f);
      if (statSync(path).size > MAX_RECORD_BYTES) continue;
      const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
      if (data && typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>;
    } catch {
      // An unreadable record only means less to say about the edition.
    }
  }
  return null;
}

/** Edition details of every instrument the corpus manifest lists, by id; the records beside the texts read once. */
export function loadEditions(manifest: Manifest | null): Map<string, Edition> {
  const out = new Map<string, Edition>();
  if (!manifest) return out;
  for (const entry of manifest.entries) {
    if (typeof entry.id !== 'string') continue;
    out.set(entry.id, editionOf(entry, readRecord(manifest.dir, entry)));
  }
  return out;
}
