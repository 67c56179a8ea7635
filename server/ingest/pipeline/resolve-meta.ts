import { basename } from 'node:path';
import type { InstrumentKind, InstrumentMeta } from '../types.ts';
import { inferMeta } from '../metadata/infer-meta.ts';

const KINDS: InstrumentKind[] = ['act', 'bill', 'revised', 'treaty', 'model', 'chapter', 'regulation', 'resolution', 'other'];

function fileStem(fileName: string): string {
  return basename(fileName).replace(/\.[^.]+$/, '');
}

/** What front matter (or a JSON record) says, in InstrumentMeta terms. */
export function metaFromRecord(fm: Record<string, unknown> | null): Partial<InstrumentMeta> {
  if (!fm) return {};
  const get = (...keys: string[]) => {
    for (const k of keys) for (const key of Object.keys(fm)) if (key.toLowerCase() === k) return fm[key];
    return undefined;
  };
  const out: Partial<InstrumentMeta> = {};
  const title = get('title', 'bill');
  if (typeof title === 'string' && title.trim()) out.title = title.trim();
  const year = get('year');
  if (typeof year === 'number' || (typeof year === 'string' && /^\d{4}$/.test(year.trim()))) out.year = Number(year);
  const j = get('jurisdiction', 'country');
  if (typeof j === 'string' && /^[A-Za-z]{2,3}$/.test(j.trim())) out.jurisdiction = j.trim().toUpperCase();
  const kind = get('kind', 'type');
  if (typeof kind === 'string' && (KINDS as string[]).includes(kind.toLowerCase())) out.kind = kind.toLowerCase() as InstrumentKind;
  const lang = get('language', 'lang');
  if (typeof lang === 'string') out.language = lang;
  return out;
}

/** Plain guesses used only when inferMeta fails on a text. */
function fallbackGuess(text: string, fileName: string): Partial<InstrumentMeta> {
  const first = text.split('\n').map((l) => l.replace(/^#+\s*/, '').trim()).find((l) => l.length > 3 && !/^[\d\W]+$/.test(l));
  const year = (fileName.match(/(?:19|20)\d{2}/) ?? first?.match(/(?:19|20)\d{2}/))?.[0];
  const kind: InstrumentKind = /\bbill\b/i.test(fileName) ? 'bill' : /convention|treaty|protocol/i.test(fileName) ? 'treaty' : 'act';
  return { title: first?.slice(0, 200) ?? fileStem(fileName), year: year ? Number(year) : null, kind, jurisdiction: 'XX' };
}

/**
 * Metadata in order of trust: what the caller passes (a manifest or an upload form), then front matter, then
 * inference from the text. `inferred` lists the fields that were guessed.
 */
export function resolveMeta(
  text: string,
  fileName: string,
  given: Partial<InstrumentMeta> | undefined,
  fromFile: Partial<InstrumentMeta>,
): InstrumentMeta {
  const guess = safeInfer(text, fileName);
  const inferred: InstrumentMeta['inferred'] = [];
  const pick = <K extends 'title' | 'jurisdiction' | 'year' | 'kind'>(key: K, fallback: InstrumentMeta[K]): InstrumentMeta[K] => {
    if (given?.[key] !== undefined && given[key] !== null) return given[key] as InstrumentMeta[K];
    if (fromFile[key] !== undefined && fromFile[key] !== null) return fromFile[key] as InstrumentMeta[K];
    inferred.push(key);
    return (guess[key] ?? fallback) as InstrumentMeta[K];
  };
  const title = pick('title', fileStem(fileName));
  const jurisdiction = pick('jurisdiction', 'XX');
  const year = pick('year', null);
  const kind = pick('kind', 'act');
  const origin = given?.origin ?? (Object.keys(fromFile).length ? 'frontmatter' : 'inferred');
  return {
    id: given?.id ?? fileStem(fileName),
    title, jurisdiction: String(jurisdiction).toUpperCase(), year, kind,
    language: given?.language ?? fromFile.language ?? guess.language ?? 'en',
    role: given?.role ?? 'statute',
    inferred: given?.inferred ?? inferred,
    origin,
  };
}

function safeInfer(text: string, fileName: string): Partial<InstrumentMeta> {
  try {
    return inferMeta(text, fileName);
  } catch {
    return fallbackGuess(text, fileName);
  }
}
