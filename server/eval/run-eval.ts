import type { IngestResult } from '../ingest/types.ts';
import type { LegalThesaurus } from '../thesaurus/index.ts';
import type { CorrelationTable } from '../align/types.ts';
import { alignInstrument } from '../align/align-instrument.ts';
import type { AlignTemplate } from '../align/prepare.ts';
import { bm25Baseline } from './baseline-bm25.ts';
import { localAlignBaseline } from './baseline-local-align.ts';
import { poolScores, scoreTable, type TableScore } from './score-tables.ts';

export const METHODS = ['lexalign', 'bm25-top1', 'sw-top1'] as const;
export type Method = (typeof METHODS)[number];

export interface StatuteResult {
  instrument: string;
  scores: Partial<Record<Method, TableScore>>;
  /** Milliseconds spent aligning (not ingesting), when LexAlign aligned it here. */
  alignMs?: number;
}

export interface EvalReport {
  statutes: StatuteResult[];
  overall: Partial<Record<Method, TableScore>>;
  notes: string[];
}

interface EvalInput {
  gold: Map<string, CorrelationTable>;
  /** Predicted tables; when absent for an instrument, LexAlign aligns it here. */
  pred?: Map<string, CorrelationTable>;
  template: AlignTemplate;
  thesaurus: LegalThesaurus | null;
  /** Ingests one gold instrument by id; null when its text cannot be found (baselines are then skipped). */
  ingest: (id: string) => Promise<IngestResult | null>;
}

/** Scores LexAlign and both baselines against every gold table. */
export async function runEvaluation(input: EvalInput): Promise<EvalReport> {
  const statutes: StatuteResult[] = [];
  const notes: string[] = [];
  for (const [id, gold] of input.gold) {
    const result: StatuteResult = { instrument: id, scores: {} };
    const ingest = await input.ingest(id);
    let pred = input.pred?.get(id);
    if (!pred && ingest) {
      const t0 = performance.now();
      pred = alignInstrument(input.template, ingest, input.thesaurus);
      result.alignMs = performance.now() - t0;
    }
    if (pred) result.scores.lexalign = scoreTable(pred, gold);
    else notes.push(`${id}: no predicted table and no text to align: not scored`);
    if (ingest) {
      result.scores['bm25-top1'] = scoreTable(bm25Baseline(input.template, ingest), gold);
      result.scores['sw-top1'] = scoreTable(localAlignBaseline(input.template, ingest), gold);
    } else {
      notes.push(`${id}: statute text not found in the corpus: baselines skipped`);
    }
    statutes.push(result);
  }
  const overall: EvalReport['overall'] = {};
  for (const m of METHODS) {
    const list = statutes.map((s) => s.scores[m]).filter((x): x is TableScore => Boolean(x));
    if (list.length) overall[m] = poolScores(list);
  }
  return { statutes, overall, notes };
}
