import { SearchIndexError } from './errors.ts';
import type { SearchDoc } from './types.ts';

const REQUIRED_STRINGS = ['instrument', 'instrumentTitle', 'jurisdiction', 'eId', 'num', 'unit', 'text', 'kind'] as const;

/** Checks documents before indexing; the message names the document and the field. */
export function validateDocs(docs: unknown, where: string, instrumentId?: string): SearchDoc[] {
  if (!Array.isArray(docs)) throw new SearchIndexError(`${where}: documents must be an array`);
  const seen = new Set<string>();
  docs.forEach((d: unknown, i) => {
    const at = `${where}: document ${i}`;
    if (typeof d !== 'object' || d === null) throw new SearchIndexError(`${at} is not an object`);
    const doc = d as Record<string, unknown>;
    for (const f of REQUIRED_STRINGS) {
      if (typeof doc[f] !== 'string') throw new SearchIndexError(`${at}: "${f}" must be a string`);
    }
    if (doc.instrument === '' || doc.eId === '') throw new SearchIndexError(`${at}: "instrument" and "eId" must not be empty`);
    for (const f of ['defines', 'articles'] as const) {
      if (!Array.isArray(doc[f]) || !(doc[f] as unknown[]).every((v) => typeof v === 'string')) {
        throw new SearchIndexError(`${at}: "${f}" must be an array of strings`);
      }
    }
    for (const f of ['heading', 'part', 'citation', 'context'] as const) {
      if (doc[f] !== undefined && typeof doc[f] !== 'string') throw new SearchIndexError(`${at}: "${f}" must be a string when given`);
    }
    if (instrumentId !== undefined && doc.instrument !== instrumentId) {
      throw new SearchIndexError(`${at} belongs to "${String(doc.instrument)}", not to "${instrumentId}"`);
    }
    const key = `${String(doc.instrument)}\u0000${String(doc.eId)}`;
    if (seen.has(key)) throw new SearchIndexError(`${at}: eId "${String(doc.eId)}" appears twice in "${String(doc.instrument)}"`);
    seen.add(key);
  });
  return docs as SearchDoc[];
}
