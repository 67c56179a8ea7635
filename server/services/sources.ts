import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, join, normalize, sep } from 'node:path';
import type { InstrumentKind, InstrumentMeta } from '../ingest/types.ts';
import type { Collection } from '../store/types.ts';
import { pushAll } from '../large-arrays.ts';
import { readManifest, type Manifest, type ManifestEntry } from './manifest.ts';

/** Source files LexAlign loads at start-up. Paths come from the server's own configuration, never a request. */
export interface SourceEntry {
  collection: Collection;
  /** Folder the manifest (or scan) is relative to. */
  dir: string;
  /** Path relative to `dir`. */
  file: string;
  meta: Partial<InstrumentMeta>;
}

export const supportedExtensions = new Set(['.md', '.txt', '.html', '.htm', '.json', '.pdf', '.docx']);

const kinds = new Set<InstrumentKind>(['act', 'bill', 'revised', 'treaty', 'model', 'chapter', 'regulation', 'resolution', 'other']);

/** Manifest fields → instrument metadata; an unknown kind (e.g. a US `code`) becomes `other` rather than failing. */
function manifestMeta(entry: ManifestEntry): Partial<InstrumentMeta> {
  const meta: Partial<InstrumentMeta> = { origin: 'manifest' };
  if (typeof entry.id === 'string') meta.id = entry.id;
  if (typeof entry.title === 'string') meta.title = entry.title;
  if (typeof entry.jurisdiction === 'string') meta.jurisdiction = entry.jurisdiction.toUpperCase();
  if (typeof entry.kind === 'string') meta.kind = kinds.has(entry.kind as InstrumentKind) ? (entry.kind as InstrumentKind) : 'other';
  if (typeof entry.year === 'number') meta.year = entry.year;
  if (typeof entry.language === 'string') meta.language = entry.language;
  if (entry.role === 'statute' || entry.role === 'template') meta.role = entry.role;
  return meta;
}

/** A manifest path must stay inside its folder: a hostile manifest must not make us read /etc. */
function insideDir(file: string): boolean {
  if (isAbsolute(file)) return false;
  const n = normalize(file);
  return !n.startsWith('..') && !n.split(sep).includes('..');
}

function fromManifest({ dir, entries }: Manifest, collection: Collection): SourceEntry[] {
  return entries
    .filter((e) => typeof e.file === 'string' && insideDir(e.file) && e.role !== 'template')
    .filter((e) => supportedExtensions.has(extname(String(e.file)).toLowerCase()))
    .map((e) => ({ collection, dir, file: String(e.file), meta: manifestMeta(e) }));
}

function scanFolder(dir: string, collection: Collection, depth: number): SourceEntry[] {
  const manifest = readManifest(dir);
  if (manifest) return fromManifest(manifest, collection);
  const out: SourceEntry[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory() && depth > 0) {
      for (const e of scanFolder(path, collection, depth - 1)) out.push({ ...e, dir, file: join(name, e.file) });
    } else if (stat.isFile() && supportedExtensions.has(extname(name).toLowerCase()) && !/^readme\./i.test(name)) {
      out.push({ collection, dir, file: name, meta: {} });
    }
  }
  return out;
}

/** The manifests start-up reads once: the samples' and the real corpus's (null where a folder has none). */
interface StartupManifests {
  samples: Manifest | null;
  corpus: Manifest | null;
}

interface SourceFolders {
  samplesDir: string | null;
  manifests: StartupManifests;
  extraDirs: string[];
}

/** Every source file to load, samples first, then the real corpus's statutes, then extra folders (their own manifests). */
export function discoverSources(folders: SourceFolders): SourceEntry[] {
  const out: SourceEntry[] = [];
  const { samples, corpus } = folders.manifests;
  if (samples) pushAll(out, fromManifest(samples, 'samples'));
  else if (folders.samplesDir && existsSync(folders.samplesDir)) pushAll(out, scanFolder(folders.samplesDir, 'samples', 0));
  if (corpus) pushAll(out, fromManifest(corpus, 'corpus'));
  for (const dir of folders.extraDirs) {
    if (existsSync(dir) && statSync(dir).isDirectory()) pushAll(out, scanFolder(dir, 'extra', 2));
  }
  return out;
}

/** Cyrillic and Greek letters in their common Latin spelling (ISO 9-like, simplified for ids). */
const latin: Record<string, string> = Object.fromEntries(
  [
    'а a', 'б b', 'в v', 'г g', 'ґ g', 'д d', 'е e', 'ё e', 'є ye', 'ж zh', 'з z', 'и i', 'і i', 'ї yi', 'й y', 'к k', 'л l',
    'м m', 'н n', 'о o', 'п p', 'р r', 'с s', 'т t', 'у u', 'ў u', 'ф f', 'х kh', 'ц ts', 'ч ch', 'ш sh', 'щ shch', 'ъ -',
    'ы y', 'ь -', 'э e', 'ю yu', 'я ya', 'ђ dj', 'ј j', 'љ lj', 'њ nj', 'ћ c', 'џ dz', 'ѓ gj', 'ќ kj', 'ѕ dz',
    'α a', 'β v', 'γ g', 'δ d', 'ε e', 'ζ z', 'η i', 'θ th', 'ι i', 'κ k', 'λ l', 'μ m', 'ν n', 'ξ x', 'ο o', 'π p', 'ρ r',
    'σ s', 'ς s', 'τ t', 'υ y', 'φ f', 'χ ch', 'ψ ps', 'ω o', 'ß ss', 'æ ae', 'ø o', 'œ oe', 'ð d', 'þ th', 'ł l', 'đ d', 'ı i',
  ].map((pair) => pair.split(' ')),
);

/**
 * A clean instrument id from a file name: the stem, lower-cased, letters with accents or in Cyrillic or Greek
 * spelled in Latin, anything else outside [a-z0-9._-] dashed. A name with letters we cannot spell (Arabic, Chinese,
 * ...) keeps what it can and adds a short hash of the whole name, so that two such names never share an id (they
 * all used to become `untitled`).
 */
export function idFromFileName(fileName: string): string {
  const stem = basename(fileName, extname(fileName)).normalize('NFC');
  const spelled = [...stem.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '')].map((c) => latin[c] ?? c).join('');
  const clean = spelled.replace(/[^a-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '').slice(0, 120);
  if (clean && !/[^\p{ASCII}]/u.test(spelled.replace(/[^\p{L}\p{N}]/gu, ''))) return clean;
  const hash = createHash('sha256').update(stem).digest('hex').slice(0, 8);
  return clean ? `${clean.slice(0, 110).replace(/-+$/, '')}-${hash}` : `untitled-${hash}`;
}
