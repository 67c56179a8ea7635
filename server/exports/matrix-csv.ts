import type { Matrix } from '../matrix/build-matrix.ts';
import { toCsv } from './csv.ts';

/** The matrix as a spreadsheet: one row per instrument, one column per article; "(reviewed)" marks a human decision. */
export function matrixCsv(matrix: Matrix): string {
  const header = ['instrument', 'title', 'jurisdiction', ...matrix.columns.map((c) => `Art. ${c.article}`), 'covered', 'partial', 'missing', 'score'];
  const rows = matrix.rows.map((r) => [
    r.instrument, r.title, r.jurisdiction,
    ...matrix.columns.map((c) => {
      const cell = r.cells[c.article];
      return cell.reviewed ? `${cell.status} (reviewed)` : cell.status;
    }),
    r.totals.covered, r.totals.partial, r.totals.missing, r.score == null ? '' : r.score.toFixed(3),
  ]);
  const totals = ['TOTAL covered', '', '', ...matrix.columns.map((c) => c.totals.covered), matrix.totals.covered, matrix.totals.partial, matrix.totals.missing, ''];
  return toCsv(header, [...rows, totals]);
}
