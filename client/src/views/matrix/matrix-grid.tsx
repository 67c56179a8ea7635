import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { MatrixArticle, MatrixCell, StatusCounts } from '../../api/types.ts';
import { STATUS_INFO } from '../../components/status.ts';
import { articleLabel, citeUnits, jurisdictionName, type CitedUnits } from '../../../../server/citation/cite.ts';
import { chapterBands, type VisibleRow } from './matrix-model.ts';
import { moveFocus, type GridPos } from './grid-keys.ts';
import { placeIndex, readMatrixPlace, saveMatrixPlace } from './matrix-place.ts';

// Fixed heights keep virtualisation exact (no measuring pass) and let the header be sticky.
const ROW_H = 40;
const BAND_H = 30;
const HEAD_H = 38;
const FOOT_H = ROW_H + 8;

interface MatrixGridProps {
  rows: VisibleRow[];
  articles: MatrixArticle[];
  columnTotals: Record<string, StatusCounts>;
  /** Instrument to scroll to and mark (after an upload, or from a deep link). */
  focusInstrument?: string;
  onOpenCell: (instrument: string, article: string) => void;
  onOpenInstrument: (instrument: string) => void;
  /** Rows are statutes (default) or jurisdictions' frameworks. */
  rowsBy?: 'instrument' | 'jurisdiction';
}

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

/** A one- or two-column band has no room for "Ch. II s.3 Jurisdiction": a short word instead (full name in title). */
function shortGroup(group: string): string {
  const short: Record<string, string> = { definitions: 'Def.', jurisdiction: 'Juris.', ancillary: 'Anc.', procedural: 'Proc.', cooperation: 'Co-op.', substantive: 'Subst.' };
  return short[group] ?? group.slice(0, 5);
}

function percent(score: number): string {
  return Number.isNaN(score) ? 'n/a' : `${Math.round(score * 100)}%`;
}

function totalsText(t: StatusCounts): string {
  return `${t.covered} covered, ${t.partial} partial, ${t.missing} missing`;
}

export function MatrixGrid({ rows, articles, columnTotals, focusInstrument, onOpenCell, onOpenInstrument, rowsBy = 'instrument' }: MatrixGridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const cols = articles.length + 3;
  // Back from a cell: the place saved on this history entry when it was opened (matrix-place.ts).
  const [returning] = useState(() => {
    const place = focusInstrument ? null : readMatrixPlace();
    const at = place ? placeIndex(place, rows.map((r) => r.row.instrument.id), articles.map((a) => a.article)) : null;
    return place && at ? { place, at } : null;
  });
  const initialRow = Math.max(0, rows.findIndex((r) => r.row.instrument.id === focusInstrument));
  const [active, setActive] = useState<GridPos>(returning?.at ?? { row: initialRow, col: 0 });
  const wantFocus = useRef(returning !== null);
  // Paper has no scrolling: printing renders every row, not only the window on screen.
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const on = () => setPrinting(true);
    const off = () => setPrinting(false);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
    };
  }, []);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_H,
    overscan: 6,
    scrollMargin: BAND_H + HEAD_H,
    scrollPaddingStart: BAND_H + HEAD_H,
    // The sticky totals row covers the bottom of the viewport: keep a focused row above it.
    scrollPaddingEnd: FOOT_H,
    initialRect: { width: 1200, height: 600 },
    // Back from a cell: start where the reader left (the virtualiser would otherwise scroll to the top).
    initialOffset: returning?.place.scrollTop ?? 0,
  });

  // Keep the roving position inside the grid when filters shrink it.
  useEffect(() => {
    setActive((pos) => ({ row: Math.min(pos.row, Math.max(0, rows.length - 1)), col: Math.min(pos.col, cols - 1) }));
  }, [rows.length, cols]);

  useEffect(() => {
    if (!focusInstrument) return;
    const index = rows.findIndex((r) => r.row.instrument.id === focusInstrument);
    if (index >= 0) {
      setActive({ row: index, col: 0 });
      virtualizer.scrollToIndex(index, { align: 'center' });
    }
    // Only when the requested instrument or the row set changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusInstrument, rows]);

  useLayoutEffect(() => {
    if (!returning || !scroller.current) return;
    // The saved scroll first (the same cells in view as when the reader left), then the cell itself is focused.
    scroller.current.scrollTop = returning.place.scrollTop;
    scroller.current.scrollLeft = returning.place.scrollLeft;
    window.scrollTo(0, returning.place.windowY);
    // Once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useLayoutEffect(() => {
    if (!wantFocus.current) return;
    const selector = `[data-pos="${active.row}:${active.col}"]`;
    const target = scroller.current?.querySelector<HTMLElement>(selector);
    if (target) {
      // preventScroll: the grid is already scrolled where the reader expects it (and a sticky header would hide it).
      target.focus({ preventScroll: returning !== null && active.row === returning.at.row && active.col === returning.at.col });
      wantFocus.current = false;
    } else {
      // The row is outside the rendered window: scroll it in, then focus once it has rendered.
      virtualizer.scrollToIndex(active.row);
      requestAnimationFrame(() => {
        scroller.current?.querySelector<HTMLElement>(selector)?.focus();
        wantFocus.current = false;
      });
    }
  });

  function open(pos: GridPos) {
    const entry = rows[pos.row];
    if (!entry) return;
    const id = entry.row.instrument.id;
    const article = pos.col >= 1 && pos.col <= articles.length ? articles[pos.col - 1]!.article : '';
    // Remembered on this history entry, so that Back returns here.
    saveMatrixPlace({
      instrument: id,
      article,
      scrollTop: scroller.current?.scrollTop ?? 0,
      scrollLeft: scroller.current?.scrollLeft ?? 0,
      windowY: window.scrollY,
    });
    if (article) onOpenCell(id, article);
    else onOpenInstrument(id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(active);
      return;
    }
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ROW_H) - 2);
    const next = moveFocus(active, event.key, event.ctrlKey || event.metaKey, rows.length, cols, page);
    if (!next) return;
    event.preventDefault();
    wantFocus.current = true;
    setActive(next);
    virtualizer.scrollToIndex(next.row);
  }

  const template: CSSProperties = {
    gridTemplateColumns: `var(--name-w) repeat(${articles.length}, var(--cell-w)) var(--totals-w) var(--score-w)`,
  };
  const bands = chapterBands(articles);
  const tab = (row: number, col: number) => (active.row === row && active.col === col ? 0 : -1);
  const items = printing ? rows.map((_, index) => ({ index, start: BAND_H + HEAD_H + index * ROW_H })) : virtualizer.getVirtualItems();

  return (
    <div
      className="matrix-scroller"
      ref={scroller}
      role="grid"
      aria-label={`Harmonisation matrix: ${rowsBy === 'jurisdiction' ? 'jurisdictions' : 'statutes'} by template article`}
      aria-rowcount={rows.length + 3}
      aria-colcount={cols}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="matrix-head">
        <div role="row" aria-rowindex={1} className="matrix-row band-row" style={{ ...template, height: BAND_H }}>
          <div role="columnheader" className="corner" aria-colindex={1}>
            <span className="visually-hidden">Chapter</span>
          </div>
          {bands.map((band) => (
            <div
              role="columnheader"
              key={`${band.chapter}-${band.start}`}
              aria-colindex={band.start + 2}
              aria-colspan={band.span}
              className="band"
              style={{ gridColumn: `${band.start + 2} / span ${band.span}` }}
              title={band.chapter}
            >
              <span className="band-label" aria-hidden={band.span <= 2 ? true : undefined}>
                {band.span <= 2 ? shortGroup(articles[band.start]!.group) : band.chapter}
              </span>
              {band.span <= 2 ? <span className="visually-hidden">{band.chapter}</span> : null}
            </div>
          ))}
          <div role="columnheader" aria-colindex={articles.length + 2} style={{ gridColumn: `${articles.length + 2} / span 2` }} aria-colspan={2}>
            <span className="visually-hidden">Summary</span>
          </div>
        </div>
        <div role="row" aria-rowindex={2} className="matrix-row head-row" style={{ ...template, height: HEAD_H }}>
          <div role="columnheader" className="name-cell" aria-colindex={1}>
            {rowsBy === 'jurisdiction' ? 'Jurisdiction (framework)' : 'Statute'}
          </div>
          {articles.map((article, i) => (
            <div
              role="columnheader"
              key={article.article}
              aria-colindex={i + 2}
              className={`art-head${article.obligation === 'optional' ? ' optional' : ''}`}
              title={`${articleLabel(article.article, article.title)}${article.obligation === 'optional' ? ' (reservation allowed)' : ''}`}
            >
              <span aria-hidden="true">{article.article}</span>
              <span className="visually-hidden">{articleLabel(article.article, article.title)}</span>
            </div>
          ))}
          <div role="columnheader" aria-colindex={articles.length + 2} className="totals-cell">
            Totals
          </div>
          <div role="columnheader" aria-colindex={articles.length + 3} className="score-cell" title="Harmonisation score: with reservations, and below it without">
            Score
          </div>
        </div>
      </div>

      {/* getTotalSize() already leaves out scrollMargin (the sticky header's height). */}
      <div role="rowgroup" className="matrix-body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const entry = rows[item.index]!;
          const inst = entry.row.instrument;
          const r = item.index;
          return (
            <div
              role="row"
              key={inst.id}
              aria-rowindex={r + 3}
              className={`matrix-row${inst.id === focusInstrument ? ' highlighted' : ''}`}
              style={{ ...template, height: ROW_H, transform: `translateY(${item.start - BAND_H - HEAD_H}px)` }}
            >
              <div
                role="rowheader"
                className="name-cell"
                data-pos={`${r}:0`}
                tabIndex={tab(r, 0)}
                aria-colindex={1}
                onClick={() => open({ row: r, col: 0 })}
                onFocus={() => setActive({ row: r, col: 0 })}
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
                    aria-colindex={i + 2}
                    data-pos={`${r}:${i + 1}`}
                    data-article={article.article}
                    tabIndex={tab(r, i + 1)}
                    className={`cell status-${status}${cell?.reviewed ? ' reviewed' : ''}${cell?.combined ? ' combined' : ''}`}
                    aria-label={cellName(article, cell, inst, entry.row)}
                    title={cellName(article, cell, inst, entry.row)}
                    onClick={() => open({ row: r, col: i + 1 })}
                    onFocus={() => setActive({ row: r, col: i + 1 })}
                  >
                    {/* The shape comes from CSS (::before by status): no extra node per cell, and the aria-label names it. */}
                  </div>
                );
              })}
              <div
                role="gridcell"
                aria-colindex={articles.length + 2}
                data-pos={`${r}:${articles.length + 1}`}
                tabIndex={tab(r, articles.length + 1)}
                className="totals-cell"
                onFocus={() => setActive({ row: r, col: articles.length + 1 })}
              >
                {/* Words for screen readers as hidden text, not aria-label: the visible figures stay part of the name. */}
                <span aria-hidden="true">
                  {entry.totals.covered}✓ {entry.totals.partial}◐ {entry.totals.missing}✕
                </span>
                <span className="visually-hidden">Totals: {totalsText(entry.totals)}</span>
              </div>
              <div
                role="gridcell"
                aria-colindex={articles.length + 3}
                data-pos={`${r}:${articles.length + 2}`}
                tabIndex={tab(r, articles.length + 2)}
                className="score-cell"
                title="With reservations (reservable paragraphs left out), and below it without (every paragraph counted)"
                onFocus={() => setActive({ row: r, col: articles.length + 2 })}
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
        })}
      </div>

      <div role="rowgroup" className="matrix-foot">
        <div role="row" aria-rowindex={rows.length + 3} className="matrix-row foot-row" style={{ ...template, height: FOOT_H }}>
          <div role="rowheader" className="name-cell" aria-colindex={1}>
            {rowsBy === 'jurisdiction' ? 'States covering' : 'Statutes covering'}
          </div>
          {articles.map((article, i) => {
            const t = columnTotals[article.article] ?? { covered: 0, partial: 0, missing: 0 };
            return (
              <div role="gridcell" key={article.article} aria-colindex={i + 2} className="col-total">
                <span aria-hidden="true">
                  {t.covered}✓
                  <br />
                  {t.partial}◐
                </span>
                <span className="visually-hidden">
                  {articleLabel(article.article, article.title)}: {totalsText(t)}
                </span>
              </div>
            );
          })}
          <div role="gridcell" aria-colindex={articles.length + 2} className="totals-cell" />
          <div role="gridcell" aria-colindex={articles.length + 3} className="score-cell" />
        </div>
      </div>
    </div>
  );
}
