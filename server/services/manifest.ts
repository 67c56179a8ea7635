import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';

/**
 * A folder's `manifest.json`, read once at start-up (services/index.ts) and handed to those who need it: the
 * sources to load, the editions, the official sources, the templates without a profile. Two shapes: the curated
 * corpus and the samples `{ instruments: [...] }`, a bulk set a bare array. The schema names the fields LexAlign
 * reads; a manifest may carry others (its sets' own fields, bulk/README.md), and they are kept for the editions.
 */
const Text = Type.String();
const ManifestEntrySchema = Type.Object(
  {
    id: Type.Optional(Text),
    role: Type.Optional(Text),
    file: Type.Optional(Text),
    alternates: Type.Optional(Type.Array(Text)),
    title: Type.Optional(Type.Union([Text, Type.Null()])),
    jurisdiction: Type.Optional(Text),
    kind: Type.Optional(Text),
    year: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
    language: Type.Optional(Text),
  },
  { additionalProperties: true },
);

export type ManifestEntry = Static<typeof ManifestEntrySchema> & Record<string, unknown>;

export interface Manifest {
  /** The folder the entries' paths are relative to. */
  dir: string;
  entries: ManifestEntry[];
}

/**
 * Reads a folder's manifest; null when it has none or it is not JSON. An entry whose fields have the wrong type
 * (a title that is a number) is left out rather than half-read.
 */
export function readManifest(dir: string): Manifest | null {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) return null;
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    const list = Array.isArray(parsed) ? parsed : (parsed as { instruments?: unknown }).instruments;
    if (!Array.isArray(list)) return null;
    return { dir, entries: list.filter((e): e is ManifestEntry => Value.Check(ManifestEntrySchema, e)) };
  } catch {
    return null;
  }
}
