import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Errors } from '../errors.ts';

/** One curated instrument of the corpus manifest (the fields alignment and evaluation need). */
export interface ManifestEntry {
  id: string;
  role: 'template' | 'statute';
  file: string;
  alternates?: string[];
  jurisdiction?: string;
  title?: string;
  year?: number;
  kind?: string;
}

/** A corpus manifest that cannot be used; the code is catalogued in server/errors.ts. */
class ManifestError extends Errors.MANIFEST {}

/** Reads `manifest.json` of a corpus folder; a clear error when it is missing or malformed. */
export function readManifest(corpusDir: string): ManifestEntry[] {
  const path = join(corpusDir, 'manifest.json');
  if (!existsSync(path)) throw new ManifestError(`${path}: no corpus manifest (is ${corpusDir} the corpus folder?)`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ManifestError(`${path}: not valid JSON (${(err as Error).message})`);
  }
  const list = (parsed as { instruments?: unknown }).instruments;
  if (!Array.isArray(list)) throw new ManifestError(`${path}: "instruments" must be an array`);
  return list.filter((e): e is ManifestEntry => typeof e?.id === 'string' && typeof e?.file === 'string');
}

/** The absolute path of an instrument's main file, or null when the manifest does not list it. */
export function instrumentPath(corpusDir: string, entries: ManifestEntry[], id: string): string | null {
  const e = entries.find((x) => x.id === id);
  return e ? join(corpusDir, e.file) : null;
}
