import type { CorrelationTable, CoverageStatus } from '../align/types.ts';
import type { Instrument } from '../ingest/types.ts';
import { effective } from './effective.ts';
import { articlePoints, harmonisationScore, scoreSentences, scoringRule } from './harmonisation-score.ts';
import type { Collection } from '../store/types.ts';
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
  /** Framework rows: the instruments implementing the article at least in part, best first. */
  from?: string[];
  /** Framework rows: covered only by reading two or more instruments together. */
  combined?: true;
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
  /** The same score counting reservable paragraphs too (a Party making no reservation); see `scores`. */
  scoreAll: number | null;
  /** A sample statute of a made-up state, shipped for the demo and tests: never real law. */
  sample?: true;
  /** Framework rows (one per jurisdiction): the instruments read together, in order. */
  instruments?: Array<{ id: string; title: string; kind: string }>;
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
  /** `instrument`: one row per statute; `jurisdiction`: one row per state's framework. */
  rowsBy?: 'instrument' | 'jurisdiction';
  scoring: string;
  /** One sentence per score, for the page that shows them. */
  scores: { withoutOptions: string; withOptions: string };
  columns: MatrixColumn[];
  rows: MatrixRow[];
  totals: Counts;
  errors: Array<{ instrument: string; reason: string }>;
}


const zero = (): Counts => ({ covered: 0, partial: 0, missing: 0 });

/** Instruments × template articles. Pure: the caller supplies the tables and the filtered columns. */
export function buildMatrix(
  template: string,
  articles: TemplateArticle[],
  tables: Array<{ instrument: Instrument; table: CorrelationTable; collection?: Collection }>,
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
  const rows = tables.map(({ instrument, table, collection }) => {
    const cells: Record<string, MatrixCell> = {};
    const rowTotals = zero();
    const points: Array<{ obligation: TemplateArticle['obligation']; points: number }> = [];
    const pointsAll: typeof points = [];
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
      pointsAll.push({ obligation: column.obligation, points: articlePoints(article, e.status, a?.elements, e.reviewed, true) });
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
      scoreAll: harmonisationScore(pointsAll),
      ...(collection === 'samples' ? { sample: true as const } : {}),
    };
  });
  return { template, scoring: scoringRule, scores: { ...scoreSentences }, columns, rows, totals, errors };
}
