import { useEffect, useRef, useState, type CSSProperties } from 'react';
import type { MatrixArticle, StatusCounts } from '../../api/types.ts';
import type { VisibleRow } from './matrix-model.ts';
import type { GridPos } from './grid-keys.ts';
import { returningPlace, saveMatrixPlace } from './matrix-place.ts';
import { MatrixFoot } from './matrix-foot.tsx';
import { MatrixHead } from './matrix-head.tsx';
import { MatrixRow } from './matrix-row.tsx';
import { useGridKeys } from './use-grid-keys.ts';
import { useMatrixWindow } from './use-matrix-window.ts';

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

/**
 * The harmonisation matrix as an ARIA grid: a row per statute (or state), a column per article. The rows in view are
 * rendered (use-matrix-window.ts), the keyboard moves one roving focus (use-grid-keys.ts), and Back from a cell
 * returns to it (matrix-place.ts).
 */
export function MatrixGrid({ rows, articles, columnTotals, focusInstrument, onOpenCell, onOpenInstrument, rowsBy = 'instrument' }: MatrixGridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const cols = articles.length + 3;
  const [returning] = useState(() => returningPlace(focusInstrument, rows.map((r) => r.row.instrument.id), articles.map((a) => a.article)));
  const view = useMatrixWindow(scroller, rows.length, returning);

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

  const keys = useGridKeys({
    scroller,
    rows: rows.length,
    cols,
    initialRow: Math.max(0, rows.findIndex((r) => r.row.instrument.id === focusInstrument)),
    returning,
    scrollToRow: view.scrollToRow,
    onOpen: open,
  });

  useEffect(() => {
    if (!focusInstrument) return;
    const index = rows.findIndex((r) => r.row.instrument.id === focusInstrument);
    if (index >= 0) {
      keys.setActive({ row: index, col: 0 });
      view.scrollToRow(index, 'center');
    }
    // Only when the requested instrument or the row set changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusInstrument, rows]);

  const template: CSSProperties = {
    gridTemplateColumns: `var(--name-w) repeat(${articles.length}, var(--cell-w)) var(--totals-w) var(--score-w)`,
  };

  return (
    <div
      className="matrix-scroller"
      ref={scroller}
      role="grid"
      aria-label={`Harmonisation matrix: ${rowsBy === 'jurisdiction' ? 'jurisdictions' : 'statutes'} by template article`}
      aria-rowcount={rows.length + 3}
      aria-colcount={cols}
      onKeyDown={keys.onKeyDown}
    >
      <MatrixHead articles={articles} template={template} rowsBy={rowsBy} />
      <div role="rowgroup" className="matrix-body" style={{ height: view.height }}>
        {view.items.map((item) => {
          const entry = rows[item.index]!;
          return (
            <MatrixRow
              key={entry.row.instrument.id}
              entry={entry}
              index={item.index}
              start={item.start}
              articles={articles}
              template={template}
              highlighted={entry.row.instrument.id === focusInstrument}
              tabIndex={keys.tabIndex}
              onOpen={open}
              onFocusCell={keys.setActive}
            />
          );
        })}
      </div>
      <MatrixFoot articles={articles} columnTotals={columnTotals} rowCount={rows.length} template={template} rowsBy={rowsBy} />
    </div>
  );
}
