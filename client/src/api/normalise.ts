/**
 * The server's answers are accepted in the shape docs/api.md plans and in the service shape the server builds
 * (flat instrument fields on rows, `columns` with totals, a nullable score): views only ever see one shape.
 */
import type { ArticleAlignment, Matrix, MatrixArticle, MatrixCell, MatrixRow, StatusCounts } from './types.ts';

type Loose = Record<string, unknown>;
const zero = (): StatusCounts => ({ covered: 0, partial: 0, missing: 0 });

function asCounts(value: unknown): StatusCounts {
  const v = (value ?? {}) as Partial<StatusCounts>;
  return { covered: Number(v.covered ?? 0), partial: Number(v.partial ?? 0), missing: Number(v.missing ?? 0) };
}

function asArticle(raw: Loose): MatrixArticle {
  return {
    article: String(raw.article),
    title: String(raw.title ?? ''),
    group: String(raw.group ?? ''),
    chapter: String(raw.chapter ?? raw.group ?? ''),
    obligation: raw.obligation === 'optional' ? 'optional' : 'mandatory',
  };
}

function asRow(raw: Loose): MatrixRow {
  const inst = (typeof raw.instrument === 'object' && raw.instrument !== null ? raw.instrument : raw) as Loose;
  const id = String(typeof raw.instrument === 'string' ? raw.instrument : inst.id);
  return {
    instrument: {
      id,
      title: String(inst.title ?? id),
      jurisdiction: String(inst.jurisdiction ?? 'XX'),
      kind: String(inst.kind ?? ''),
      year: typeof inst.year === 'number' ? inst.year : null,
      units: (inst.units as MatrixRow['instrument']['units']) ?? undefined,
    },
    cells: (raw.cells ?? {}) as Record<string, MatrixCell>,
    totals: asCounts(raw.totals),
    score: typeof raw.score === 'number' ? raw.score : Number.NaN,
    scoreAll: typeof raw.scoreAll === 'number' ? raw.scoreAll : Number.NaN,
    ...(raw.sample === true ? { sample: true } : {}),
    ...(Array.isArray(raw.instruments) ? { instruments: raw.instruments as MatrixRow['instruments'] } : {}),
  };
}

export function normaliseMatrix(raw: unknown): Matrix {
  const m = (raw ?? {}) as Loose;
  const columns = (Array.isArray(m.articles) ? m.articles : Array.isArray(m.columns) ? m.columns : []) as Loose[];
  const articles = columns.map(asArticle);
  const template =
    typeof m.template === 'object' && m.template !== null
      ? (m.template as Matrix['template'])
      : { id: String(m.template ?? ''), title: String(m.templateTitle ?? m.template ?? '') };
  const columnTotals: Record<string, StatusCounts> = {};
  if (m.columnTotals && typeof m.columnTotals === 'object') {
    for (const [k, v] of Object.entries(m.columnTotals as Loose)) columnTotals[k] = asCounts(v);
  } else for (const c of columns) columnTotals[String(c.article)] = c.totals ? asCounts(c.totals) : zero();
  return {
    template,
    articles,
    rows: (Array.isArray(m.rows) ? m.rows : []).map((r) => asRow(r as Loose)),
    columnTotals,
    scoring: typeof m.scoring === 'string' ? m.scoring : undefined,
    scores: m.scores && typeof m.scores === 'object' ? (m.scores as Matrix['scores']) : undefined,
    rowsBy: m.rowsBy === 'jurisdiction' ? 'jurisdiction' : 'instrument',
  };
}

/** What counts for a cell: the reviewer's decision when there is one, else the machine's. */
export function effective(a: ArticleAlignment): { status: ArticleAlignment['status']; provisions: string[]; reviewed: boolean } {
  return a.reviewed
    ? { status: a.reviewed.status, provisions: a.reviewed.provisions, reviewed: true }
    : { status: a.status, provisions: a.provisions, reviewed: false };
}
