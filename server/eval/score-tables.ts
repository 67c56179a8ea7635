import type { CorrelationTable, CoverageStatus } from '../align/types.ts';
import { normaliseUnit } from './normalise-unit.ts';

/** Agreement of a predicted table with an expert's table for one statute. */
export interface TableScore {
  instrument: string;
  /** (article, unit) pairs. */
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Articles the expert marked missing, and how many of them the prediction also marked missing. */
  gaps: number;
  gapsFound: number;
  gapRecall: number;
  /** Articles compared for status, and how many got the expert's status. */
  articles: number;
  statusAgree: number;
  statusAccuracy: number;
  /** Per-article differences, for reading the errors. */
  diffs: Array<{ article: string; gold: { status: CoverageStatus; units: string[] }; pred: { status: CoverageStatus; units: string[] } }>;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function units(list: string[] | undefined): string[] {
  return [...new Set((list ?? []).map(normaliseUnit))];
}

/**
 * Scores one prediction against gold over the gold table's articles. An article absent from the prediction counts
 * as predicted missing with no units (a table that leaves articles out is penalised, not excused).
 */
export function scoreTable(pred: CorrelationTable, gold: CorrelationTable): TableScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let gaps = 0;
  let gapsFound = 0;
  let statusAgree = 0;
  const diffs: TableScore['diffs'] = [];
  const articles = Object.keys(gold.articles);
  for (const art of articles) {
    const g = gold.articles[art];
    const p = pred.articles[art] ?? { provisions: [], status: 'missing' as const };
    const gu = units(g.provisions);
    const pu = units(p.provisions);
    const inter = pu.filter((u) => gu.includes(u)).length;
    tp += inter;
    fp += pu.length - inter;
    fn += gu.length - inter;
    if (g.status === 'missing') {
      gaps++;
      if (p.status === 'missing') gapsFound++;
    }
    if (g.status === p.status) statusAgree++;
    if (g.status !== p.status || inter !== gu.length || inter !== pu.length) {
      diffs.push({ article: art, gold: { status: g.status, units: gu }, pred: { status: p.status, units: pu } });
    }
  }
  return fromCounts(gold.instrument, { tp, fp, fn, gaps, gapsFound, articles: articles.length, statusAgree }, diffs);
}

type Counts = Pick<TableScore, 'tp' | 'fp' | 'fn' | 'gaps' | 'gapsFound' | 'articles' | 'statusAgree'>;

/** The rates follow from the counts: one place computes them, for one statute and for the pooled totals. */
function fromCounts(instrument: string, c: Counts, diffs: TableScore['diffs']): TableScore {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  return {
    instrument,
    ...c,
    precision,
    recall,
    f1: f1(precision, recall),
    gapRecall: ratio(c.gapsFound, c.gaps),
    statusAccuracy: ratio(c.statusAgree, c.articles),
    diffs,
  };
}

/** Micro-averaged totals over several statutes: pairs, gaps and articles pooled. */
export function poolScores(scores: TableScore[]): TableScore {
  const sum = (k: keyof Counts): number => scores.reduce((s, x) => s + x[k], 0);
  return fromCounts(
    'overall',
    { tp: sum('tp'), fp: sum('fp'), fn: sum('fn'), gaps: sum('gaps'), gapsFound: sum('gapsFound'), articles: sum('articles'), statusAgree: sum('statusAgree') },
    [],
  );
}
