import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { moveFocus, type GridPos } from './grid-keys.ts';
import type { ReturningPlace } from './matrix-place.ts';
import { ROW_H } from './use-matrix-window.ts';

interface GridKeysOptions {
  scroller: RefObject<HTMLDivElement | null>;
  rows: number;
  cols: number;
  /** Where the roving focus starts: the returning cell, else the first cell of this row. */
  initialRow: number;
  returning: ReturningPlace | null;
  scrollToRow: (index: number) => void;
  onOpen: (pos: GridPos) => void;
}

/**
 * The grid's keyboard: one cell is in the tab order (a roving tabindex), the arrows, Home/End, Page Up/Down and
 * Ctrl+Home/End move it (grid-keys.ts), Enter or Space opens it. Focus follows the position even when its row
 * has first to be scrolled into the rendered window.
 */
export function useGridKeys({ scroller, rows, cols, initialRow, returning, scrollToRow, onOpen }: GridKeysOptions) {
  const [active, setActive] = useState<GridPos>(returning?.at ?? { row: initialRow, col: 0 });
  const wantFocus = useRef(returning !== null);

  // Keep the roving position inside the grid when filters shrink it.
  useEffect(() => {
    setActive((pos) => ({ row: Math.min(pos.row, Math.max(0, rows - 1)), col: Math.min(pos.col, cols - 1) }));
  }, [rows, cols]);

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
      scrollToRow(active.row);
      requestAnimationFrame(() => {
        scroller.current?.querySelector<HTMLElement>(selector)?.focus();
        wantFocus.current = false;
      });
    }
  });

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(active);
      return;
    }
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ROW_H) - 2);
    const next = moveFocus(active, event.key, event.ctrlKey || event.metaKey, rows, cols, page);
    if (!next) return;
    event.preventDefault();
    wantFocus.current = true;
    setActive(next);
    scrollToRow(next.row);
  }

  /** 0 for the one cell in the tab order, -1 for the others. */
  const tabIndex = (row: number, col: number) => (active.row === row && active.col === col ? 0 : -1);
  return { setActive, onKeyDown, tabIndex };
}
