import type { Instrument } from '../ingest/types.ts';
import type { Matrix, MatrixRow } from '../matrix/build-matrix.ts';
import type { TemplateArticle } from '../templates/types.ts';
import type { Framework } from './build-framework.ts';

interface FrameworkRowInput {
  framework: Framework;
  name: string;
  sample: boolean;
  instruments: Instrument[];
}

/**
 * The matrix with one row per jurisdiction: each cell is the framework's best-supported status, the instruments
 * that supply it, and whether only reading two of them together covers the article. Pure.
 */
export function frameworkMatrix(base: Matrix, articles: TemplateArticle[], inputs: FrameworkRowInput[]): Matrix {
  const wanted = new Set(articles.map((a) => a.article));
  const columns = base.columns.map((c) => ({ ...c, totals: { covered: 0, partial: 0, missing: 0 } }));
  const totals = { covered: 0, partial: 0, missing: 0 };
  const rows: MatrixRow[] = inputs.map(({ framework: f, name, sample, instruments }) => {
    const cells: MatrixRow['cells'] = {};
    const rowTotals = { covered: 0, partial: 0, missing: 0 };
    for (const a of f.articles) {
      if (!wanted.has(a.article)) continue;
      const best = a.sources[0];
      cells[a.article] = {
        status: a.status,
        provisions: best?.provisions ?? [],
        reviewed: a.reviewed,
        from: a.sources.map((s) => s.instrument),
        ...(a.combined ? { combined: true as const } : {}),
      };
      rowTotals[a.status]++;
      totals[a.status]++;
      const column = columns.find((c) => c.article === a.article);
      if (column) column.totals[a.status]++;
    }
    return {
      instrument: f.jurisdiction,
      title: instruments.length === 1 ? `${name}: ${instruments[0].title}` : `${name}: ${instruments.length} instruments`,
      jurisdiction: f.jurisdiction,
      kind: 'framework',
      year: null,
      cells,
      totals: rowTotals,
      score: f.score,
      scoreAll: f.scoreAll,
      ...(sample ? { sample: true as const } : {}),
      instruments: instruments.map((i) => ({ id: i.id, title: i.title, kind: i.kind })),
    };
  });
  return { ...base, rowsBy: 'jurisdiction', columns, rows, totals };
}
