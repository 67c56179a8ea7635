import { consolidate } from '../consolidate/consolidate.ts';
import { amendsInstrument, targetName } from '../consolidate/target-instrument.ts';
import type { Consolidation } from '../consolidate/types.ts';
import { wordDiff } from '../diff/word-diff.ts';
import type { IngestResult } from '../ingest/types.ts';

/**
 * Figures for amending instruments on a corpus: how many amendment records each yields, how many apply to the
 * principal texts the corpus holds, and how close each consolidated section is to the same section of a
 * consolidated edition (word similarity, server/diff), editorial notes of the edition left out.
 */

export interface CatalogueEntry {
  id: string;
  title: string;
  jurisdiction?: string;
}

interface AmendingFigures {
  id: string;
  records: number;
  /** Each amended instrument the records name, and the corpus entries that are that instrument. */
  targets: Array<{ target: string; records: number; inCorpus: string[] }>;
}

/** The corpus entries (curated and bulk manifests) that a record's target names. */
export function amendingFigures(amending: IngestResult, catalogue: CatalogueEntry[]): AmendingFigures {
  const records = amending.instrument.amendments ?? [];
  const byTarget = new Map<string, { records: number; inCorpus: string[] }>();
  for (const r of records) {
    const name = targetName(r);
    const entry = byTarget.get(name) ?? { records: 0, inCorpus: catalogue.filter((c) => c.id !== amending.instrument.id && amendsInstrument(r, c, amending.instrument.jurisdiction)).map((c) => c.id) };
    entry.records++;
    byTarget.set(name, entry);
  }
  return { id: amending.instrument.id, records: records.length, targets: [...byTarget].map(([target, v]) => ({ target, ...v })) };
}

/** The consolidation's editorial notes ("[section 163 substituted by section 35(2) of ...]") are not law. */
const withoutNotes = (t: string) => t.replace(/\[[^\]]*\b(?:inserted|substituted|repealed|amended|reinserted)\b[^\]]*\]/g, ' ');

interface SectionSimilarity {
  unit: string;
  action: string;
  similarity: number;
}

/** Word similarity of each section the consolidation changed with the same section of a consolidated edition. */
export function similarityToEdition(consolidation: Consolidation, edition: IngestResult): SectionSimilarity[] {
  const out: SectionSimilarity[] = [];
  for (const unit of consolidation.provisions.filter((p) => p.level === 0 && p.change && !p.repealed)) {
    const mine = consolidation.provisions.filter((p) => p.eId === unit.eId || p.eId.startsWith(`${unit.eId}__`)).map((p) => p.text).join(' ');
    const root = edition.provisions.find((p) => p.level === 0 && p.unit.toUpperCase() === unit.unit.toUpperCase());
    if (!root) continue;
    const theirs = edition.provisions.filter((p) => p.eId === root.eId || p.eId.startsWith(`${root.eId}__`)).map((p) => p.text).join(' ');
    out.push({ unit: unit.unit, action: unit.change!.action, similarity: wordDiff(mine, withoutNotes(theirs)).similarity });
  }
  return out;
}

export { consolidate };
