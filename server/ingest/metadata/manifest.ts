import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { InstrumentKind, InstrumentMeta, InstrumentRole } from '../types.ts';
import { titleCase } from './title-case.ts';

/**
 * Metadata a corpus gives about its files, so that ingestion does not have to guess. Two shapes:
 *   manifest.json               `{ instruments: [{ id, role, file, alternates, jurisdiction, title, year, kind }] }`
 *   bulk/<set>/manifest.json    `[{ file, title, year, kind, jurisdiction, ... }]` (fields per set, bulk/README.md)
 * Keys of the returned map are absolute file paths.
 */

export type ManifestMeta = Partial<InstrumentMeta>;
export type ManifestMap = Map<string, ManifestMeta>;

const KINDS: ReadonlySet<string> = new Set<InstrumentKind>([
  'act', 'bill', 'revised', 'treaty', 'model', 'chapter', 'regulation', 'resolution', 'other',
]);

/**
 * Kinds some manifests use that the record does not: a section of a consolidated code as in force (18 U.S.C.) is
 * read like a revised edition; a select-committee report has no kind of its own.
 */
const KIND_ALIASES: Record<string, InstrumentKind> = { code: 'revised', report: 'other', statute: 'act', order: 'regulation' };

function kindOf(raw: unknown): InstrumentKind | undefined {
  if (typeof raw !== 'string') return undefined;
  const k = raw.toLowerCase();
  return KINDS.has(k) ? (k as InstrumentKind) : KIND_ALIASES[k];
}

function yearOf(raw: unknown): number | null | undefined {
  if (raw === null) return null;
  return typeof raw === 'number' && Number.isInteger(raw) && raw > 1000 && raw < 3000 ? raw : undefined;
}

function stem(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/** Catalogue prefixes some sources put before a title: "04_2023-The ... Act", "1 of 2013 - ... Act". */
function cleanTitle(raw: string): string {
  const title = raw
    .replace(/\s+/g, ' ')
    .replace(/^\d{1,3}_\d{4}\s*-\s*/, '')
    .replace(/^\d{1,3}\s+of\s+\d{4}\s*-\s*/i, '')
    .trim();
  // Upper-case titles (Laws of Guyana) read badly in a table; case is not legally significant.
  return title === title.toUpperCase() && /[A-Z]/.test(title) ? titleCase(title) : title;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function put(map: ManifestMap, path: string, meta: ManifestMeta): void {
  // A null year means the manifest does not know it: leave it out so that inference may still find it.
  const clean = Object.fromEntries(
    Object.entries(meta).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as ManifestMeta;
  map.set(resolve(path), { ...clean, inferred: [], origin: 'manifest' });
}

function loadCurated(dir: string, map: ManifestMap): void {
  const data = readJson(join(dir, 'manifest.json')) as { instruments?: unknown } | undefined;
  if (!data || !Array.isArray(data.instruments)) return;
  for (const entry of data.instruments as Array<Record<string, unknown>>) {
    if (!entry || typeof entry.file !== 'string') continue;
    const meta: ManifestMeta = {
      id: typeof entry.id === 'string' ? entry.id : stem(entry.file),
      title: typeof entry.title === 'string' ? cleanTitle(entry.title) : undefined,
      jurisdiction: typeof entry.jurisdiction === 'string' ? entry.jurisdiction.toUpperCase() : undefined,
      kind: kindOf(entry.kind),
      year: yearOf(entry.year),
      language: typeof entry.language === 'string' ? entry.language : undefined,
      role: entry.role === 'template' || entry.role === 'statute' ? (entry.role as InstrumentRole) : undefined,
    };
    put(map, join(dir, entry.file), meta);
    // Alternates are other renderings of the same text: same instrument, same metadata.
    const alternates = Array.isArray(entry.alternates) ? entry.alternates : [];
    for (const alt of alternates) if (typeof alt === 'string') put(map, join(dir, alt), meta);
  }
}

function loadBulkSet(setDir: string, map: ManifestMap): void {
  const data = readJson(join(setDir, 'manifest.json'));
  if (!Array.isArray(data)) return;
  for (const entry of data as Array<Record<string, unknown>>) {
    if (!entry || typeof entry.file !== 'string') continue;
    const jurisdiction = typeof entry.jurisdiction === 'string' ? entry.jurisdiction.toUpperCase() : undefined;
    const kind = kindOf(entry.kind);
    let title = typeof entry.title === 'string' ? cleanTitle(entry.title) : undefined;
    // Jamaican subsidiary legislation carries its parent Act's title (bulk/README.md): say so rather than
    // present the Regulations as the Act.
    if (title && typeof entry.title_note === 'string' && kind === 'regulation') title = `${title} (subsidiary legislation)`;
    const chapter = typeof entry.chapter === 'string' ? entry.chapter : undefined;
    if (title && chapter && !title.includes(chapter)) title = `${title} (${chapter})`;
    const fileStem = stem(entry.file);
    const id =
      typeof entry.id === 'string'
        ? entry.id
        : jurisdiction && !fileStem.toLowerCase().startsWith(`${jurisdiction.toLowerCase()}-`)
          ? `${jurisdiction.toLowerCase()}-${fileStem}`
          : fileStem;
    put(map, join(setDir, entry.file), {
      id,
      title,
      jurisdiction,
      kind,
      year: yearOf(entry.year),
      language: 'en',
      role: 'statute',
    });
  }
}

/** Metadata for every file the corpus's manifests describe, keyed by absolute path. Missing manifests give none. */
export function loadManifest(corpusDir: string): ManifestMap {
  const map: ManifestMap = new Map();
  const dir = resolve(corpusDir);
  if (!existsSync(dir)) return map;
  loadCurated(dir, map);
  const bulk = join(dir, 'bulk');
  if (existsSync(bulk) && statSync(bulk).isDirectory()) {
    for (const name of readdirSync(bulk).sort()) {
      const setDir = join(bulk, name);
      if (statSync(setDir).isDirectory()) loadBulkSet(setDir, map);
    }
  }
  return map;
}

/** The manifest entry for a file, whatever form its path was given in. */
export function manifestMetaFor(map: ManifestMap, file: string): ManifestMeta | undefined {
  return map.get(resolve(file));
}
