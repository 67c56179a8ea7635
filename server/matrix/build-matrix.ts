import type { CorrelationTable, CoverageStatus } from '../align/types.ts';
import type { Instrument } from '../ingest/types.ts';
import { effective } from './effective.ts';
import { articlePoints, harmonisationScore, scoringRule } from './harmonisation-score.ts';
import type { TemplateArticle } from '../templates/types.ts';

export interface Counts {
  covered: number;
  partial: number;
  missing: number;
}

export interface MatrixCell {
  status: CoverageStatus;
  provisions: string[];
  reviewed: boolean;
}

export interface MatrixRow {
  instrument: string;
  title: string;
  jurisdiction: string;
  kind: string;
  year: number | null;
  cells: Record<string, MatrixCell>;
  totals: Counts;
  /** Harmonisation score in [0, 1], see `scoring`; null when no mandatory article is in view. */
  score: number | null;
}

export interface MatrixColumn {
  article: string;
  title: string;
  group: string;
  chapter: string;
  obligation: 'mandatory' | 'optional';
  totals: Counts;
}

export interface Matrix {
  template: string;
  scoring: string;
  columns: MatrixColumn[];
  rows: MatrixRow[];
  totals: Counts;
  errors: Array<{ instrument: string; reason: string }>;
}

export { scoringRule };

const zero = (): Counts => ({ covered: 0, partial: 0, missing: 0 });

/** Instruments × template articles. Pure: the caller supplies the tables and the filtered columns. */
export function buildMatrix(
  template: string,
  articles: TemplateArticle[],
  tables: Array<{ instrument: Instrument; table: CorrelationTable }>,
  errors: Matrix['errors'] = [],
): Matrix {
  const columns: MatrixColumn[] = articles.map((a) => ({
    article: a.article,
    title: a.title,
    group: a.group,
    chapter: a.chapter,
    obligation: a.obligation,
    totals: zero(),
  }));
  const totals = zero();
  const rows = tables.map(({ instrument, table }) => {
    const cells: Record<string, MatrixCell> = {};
    const rowTotals = zero();
    const points: Array<{ obligation: TemplateArticle['obligation']; points: number }> = [];
    articles.forEach((article, k) => {
      const column = columns[k];
      const a = table.articles[column.article];
      // An article the engine did not report is shown as missing: the contract says every in-scope article appears.
      const e = a ? effective(a) : { status: 'missing' as const, provisions: [], reviewed: false };
      cells[column.article] = e;
      rowTotals[e.status]++;
      column.totals[e.status]++;
      totals[e.status]++;
      points.push({ obligation: column.obligation, points: articlePoints(article, e.status, a?.elements, e.reviewed) });
    });
    return {
      instrument: instrument.id,
      title: instrument.title,
      jurisdiction: instrument.jurisdiction,
      kind: instrument.kind,
      year: instrument.year,
      cells,
      totals: rowTotals,
      score: harmonisationScore(points),
    };
  });
  return { template, scoring: scoringRule, columns, rows, totals, errors };
}
