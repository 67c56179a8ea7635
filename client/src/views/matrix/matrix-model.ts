/** Pure shaping of the matrix response for display: filters, sorting, chapter bands and visible totals. */
import type { Matrix, MatrixArticle, MatrixRow, StatusCounts } from '../../api/types.ts';
import { jurisdictionName } from '../../../../server/citation/cite.ts';

type SortKey = 'name' | 'score' | 'jurisdiction';

interface MatrixFilters {
  jurisdiction?: string;
  group?: string;
  sort: SortKey;
}

interface ChapterBand {
  chapter: string;
  start: number;
  span: number;
}

export interface VisibleRow {
  row: MatrixRow;
  totals: StatusCounts;
  /** 0..1 over the visible articles. */
  score: number;
  /** A group filter is on: the score is recomputed over the shown articles (and the second score not shown). */
  filtered: boolean;
}

export function parseSort(value: string | null): SortKey {
  return value === 'score' || value === 'jurisdiction' ? value : 'name';
}

export function visibleArticles(matrix: Matrix, group?: string): MatrixArticle[] {
  return group ? matrix.articles.filter((a) => a.group === group) : matrix.articles;
}

/** Consecutive articles of one chapter form one header band (the template's own order is kept). */
export function chapterBands(articles: MatrixArticle[]): ChapterBand[] {
  const bands: ChapterBand[] = [];
  articles.forEach((article, index) => {
    const last = bands[bands.length - 1];
    if (last && last.chapter === article.chapter) last.span += 1;
    else bands.push({ chapter: article.chapter, start: index, span: 1 });
  });
  return bands;
}

function countStatuses(row: MatrixRow, articles: MatrixArticle[]): StatusCounts {
  const totals: StatusCounts = { covered: 0, partial: 0, missing: 0 };
  for (const article of articles) totals[row.cells[article.article]?.status ?? 'missing'] += 1;
  return totals;
}

/**
 * With every article shown, the server's harmonisation score is authoritative; with a group filter the score is
 * recomputed over the shown articles, counting a partial implementation as half.
 */
function visibleScore(row: MatrixRow, totals: StatusCounts, filtered: boolean): number {
  if (!filtered && !Number.isNaN(row.score)) return row.score;
  const n = totals.covered + totals.partial + totals.missing;
  return n === 0 ? 0 : (totals.covered + totals.partial / 2) / n;
}

export function visibleRows(matrix: Matrix, filters: MatrixFilters): VisibleRow[] {
  const articles = visibleArticles(matrix, filters.group);
  const rows = matrix.rows
    .filter((row) => !filters.jurisdiction || row.instrument.jurisdiction === filters.jurisdiction)
    .map((row) => {
      const totals = countStatuses(row, articles);
      return { row, totals, score: visibleScore(row, totals, Boolean(filters.group)), filtered: Boolean(filters.group) };
    });
  const byTitle = (a: VisibleRow, b: VisibleRow) => a.row.instrument.title.localeCompare(b.row.instrument.title);
  const scoreOf = (r: VisibleRow) => (Number.isNaN(r.score) ? -1 : r.score);
  if (filters.sort === 'score') rows.sort((a, b) => scoreOf(b) - scoreOf(a) || byTitle(a, b));
  else if (filters.sort === 'jurisdiction') {
    rows.sort(
      (a, b) =>
        jurisdictionName(a.row.instrument.jurisdiction).localeCompare(jurisdictionName(b.row.instrument.jurisdiction)) ||
        byTitle(a, b),
    );
  } else rows.sort(byTitle);
  return rows;
}

export function columnTotals(rows: VisibleRow[], articles: MatrixArticle[]): Record<string, StatusCounts> {
  const out: Record<string, StatusCounts> = {};
  for (const article of articles) {
    const totals: StatusCounts = { covered: 0, partial: 0, missing: 0 };
    for (const { row } of rows) totals[row.cells[article.article]?.status ?? 'missing'] += 1;
    out[article.article] = totals;
  }
  return out;
}

export function jurisdictionsOf(matrix: Matrix): Array<{ code: string; name: string }> {
  const codes = [...new Set(matrix.rows.map((r) => r.instrument.jurisdiction))];
  return codes.map((code) => ({ code, name: jurisdictionName(code) })).sort((a, b) => a.name.localeCompare(b.name));
}

export function groupsOf(matrix: Matrix): string[] {
  return [...new Set(matrix.articles.map((a) => a.group))];
}

/** Group ids as a lawyer reads them. */
export function groupLabel(group: string): string {
  const labels: Record<string, string> = {
    definitions: 'Definitions',
    substantive: 'Substantive criminal law',
    ancillary: 'Ancillary liability',
    procedural: 'Procedural law',
    jurisdiction: 'Jurisdiction',
    cooperation: 'International co-operation',
  };
  return labels[group] ?? group;
}
