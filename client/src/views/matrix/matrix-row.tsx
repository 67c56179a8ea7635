import type { CSSProperties } from 'react';
import type { MatrixArticle, MatrixCell, StatusCounts } from '../../api/types.ts';
import { STATUS_INFO } from '../../components/status.ts';
import { articleLabel, citeUnits, jurisdictionName, type CitedUnits } from '../../../../server/citation/cite.ts';
import type { VisibleRow } from './matrix-model.ts';
import type { GridPos } from './grid-keys.ts';
import { BAND_H, HEAD_H, ROW_H } from './use-matrix-window.ts';

/** What a cell says to a screen reader and in its tooltip: article, status, how it was reached, the provisions. */
function cellName(article: MatrixArticle, cell: MatrixCell | undefined, instrument: CitedUnits, row?: VisibleRow['row']): string {
  const status = cell?.status ?? 'missing';
  const parts = [`${articleLabel(article.article, article.title)}: ${STATUS_INFO[status].label}`];
  if (cell?.combined) parts.push('only by reading two or more instruments together');
  if (cell?.reviewed) parts.push('reviewed');
  if (row?.instruments) {
    // A framework row: name the instruments that supply the article, not sections of an unnamed Act.
    const titles = (cell?.from ?? []).map((id) => row.instruments?.find((i) => i.id === id)?.title ?? id);
    if (titles.length) parts.push(`from ${titles.join('; ')}`);
  } else if (cell && cell.provisions.length > 0) parts.push(citeUnits(instrument, cell.provisions));
  return parts.join(', ');
}

function percent(score: number): string {
  return Number.isNaN(score) ? 'n/a' : `${Math.round(score * 100)}%`;
}

export function totalsText(t: StatusCounts): string {
  return `${t.covered} covered, ${t.partial} partial, ${t.missing} missing`;
}

interface MatrixRowProps {
  entry: VisibleRow;
  /** The row's index in the grid, and where the virtualiser puts it. */
  index: number;
  start: number;
  articles: MatrixArticle[];
  template: CSSProperties;
  highlighted: boolean;
  tabIndex: (row: number, col: number) => number;
  onOpen: (pos: GridPos) => void;
  onFocusCell: (pos: GridPos) => void;
}

/** One statute (or state): its name, a cell per article, its totals and its score. */
export function MatrixRow({ entry, index: r, start, articles, template, highlighted, tabIndex, onOpen, onFocusCell }: MatrixRowProps) {
  const inst = entry.row.instrument;
  // Every cell but the article headers takes part in the roving focus: its place, its tab stop, its column.
  const focusable = (col: number) => ({
    'data-pos': `${r}:${col}`,
    tabIndex: tabIndex(r, col),
    'aria-colindex': col + 1,
    onFocus: () => onFocusCell({ row: r, col }),
  });
  return (
    <div
      role="row"
      aria-rowindex={r + 3}
      className={`matrix-row${highlighted ? ' highlighted' : ''}`}
      style={{ ...template, height: ROW_H, transform: `translateY(${start - BAND_H - HEAD_H}px)` }}
    >
      <div
        role="rowheader"
        className="name-cell"
        {...focusable(0)}
        onClick={() => onOpen({ row: r, col: 0 })}
        title={inst.title}
      >
        <span className="juris">{inst.jurisdiction}</span>{' '}
        {entry.row.sample ? (
          <span className="sample-title" title="A sample statute of a made-up state, written for LexAlign's demonstration: not the law of any state">
            <span className="inst-title">{inst.title}</span>
            <span className="sample-badge">fictional sample</span>
          </span>
        ) : (
          <span className="inst-title">{inst.title}</span>
        )}
        <span className="visually-hidden"> ({jurisdictionName(inst.jurisdiction)})</span>
      </div>
      {articles.map((article, i) => {
        const cell = entry.row.cells[article.article];
        const status = cell?.status ?? 'missing';
        return (
          <div
            role="gridcell"
            key={article.article}
            {...focusable(i + 1)}
            data-article={article.article}
            className={`cell status-${status}${cell?.reviewed ? ' reviewed' : ''}${cell?.combined ? ' combined' : ''}`}
            aria-label={cellName(article, cell, inst, entry.row)}
            title={cellName(article, cell, inst, entry.row)}
            onClick={() => onOpen({ row: r, col: i + 1 })}
          >
            {/* The shape comes from CSS (::before by status): no extra node per cell, and the aria-label names it. */}
          </div>
        );
      })}
      <div role="gridcell" className="totals-cell" {...focusable(articles.length + 1)}>
        {/* Words for screen readers as hidden text, not aria-label: the visible figures stay part of the name. */}
        <span aria-hidden="true">
          {entry.totals.covered}
          {STATUS_INFO.covered.symbol} {entry.totals.partial}
          {STATUS_INFO.partial.symbol} {entry.totals.missing}
          {STATUS_INFO.missing.symbol}
        </span>
        <span className="visually-hidden">Totals: {totalsText(entry.totals)}</span>
      </div>
      <div
        role="gridcell"
        className="score-cell"
        title="With reservations (reservable paragraphs left out), and below it without (every paragraph counted)"
        {...focusable(articles.length + 2)}
      >
        <span aria-hidden="true">
          {percent(entry.score)}
          {entry.filtered ? null : <small className="score-all">{percent(entry.row.scoreAll)}</small>}
        </span>
        <span className="visually-hidden">
          Harmonisation score {percent(entry.score)} with reservations
          {entry.filtered ? '' : `, ${percent(entry.row.scoreAll)} without`}
        </span>
      </div>
    </div>
  );
}
