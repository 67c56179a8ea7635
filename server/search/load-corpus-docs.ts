import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFile } from '../ingest/index.ts';
import type { InstrumentKind, InstrumentMeta } from '../ingest/types.ts';
import { docsFromProvisions } from './docs-from-provisions.ts';
import type { SearchDoc } from './types.ts';

/**
 * I/O at the edge: ingest the curated statutes named by a corpus manifest.json and turn them into SearchDocs.
 * Used by the search benchmark and the corpus quality test; the server builds its docs from its store instead.
 */
export async function loadManifestStatuteDocs(corpus: string, only?: (id: string) => boolean): Promise<Map<string, SearchDoc[]>> {
  const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as {
    instruments: Array<{ id: string; role: string; file: string; jurisdiction: string; title: string; year?: number; kind?: string }>;
  };
  const out = new Map<string, SearchDoc[]>();
  for (const i of manifest.instruments) {
    if (i.role !== 'statute' || (only && !only(i.id))) continue;
    const meta: Partial<InstrumentMeta> = {
      id: i.id,
      title: i.title,
      jurisdiction: i.jurisdiction,
      year: i.year ?? null,
      kind: (i.kind ?? 'act') as InstrumentKind,
      role: 'statute',
      origin: 'manifest',
    };
    const { instrument, provisions } = await ingestFile(join(corpus, i.file), meta);
    out.set(i.id, docsFromProvisions(instrument, provisions));
  }
  return out;
}

/** Article number and title of each "## Article N – Title" heading of a template text. */
export function templateArticleTitles(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of markdown.matchAll(/^##\s+Article\s+(\d+)\s*[–—-]\s*(.+?)\s*$/gm)) out.set(m[1], m[2]);
  return out;
}
