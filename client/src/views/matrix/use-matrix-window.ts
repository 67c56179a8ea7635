import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ReturningPlace } from './matrix-place.ts';

// Fixed heights keep virtualisation exact (no measuring pass) and let the header be sticky.
export const ROW_H = 40;
export const BAND_H = 30;
export const HEAD_H = 38;
export const FOOT_H = ROW_H + 8;

/**
 * The rows of the matrix in the browser's window: only those in view (and a few around them) are rendered, at fixed
 * heights under the sticky header; printing renders them all, since paper has no scrolling. Back from a cell, the
 * grid starts at the scroll the reader left.
 */
export function useMatrixWindow(scroller: RefObject<HTMLDivElement | null>, rowCount: number, returning: ReturningPlace | null) {
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
    count: rowCount,
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

  useLayoutEffect(() => {
    if (!returning || !scroller.current) return;
    // The saved scroll first (the same cells in view as when the reader left); the keyboard hook then focuses the cell.
    scroller.current.scrollTop = returning.place.scrollTop;
    scroller.current.scrollLeft = returning.place.scrollLeft;
    window.scrollTo(0, returning.place.windowY);
    // Once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const items = printing
    ? Array.from({ length: rowCount }, (_, index) => ({ index, start: BAND_H + HEAD_H + index * ROW_H }))
    : virtualizer.getVirtualItems();
  return {
    items,
    /** getTotalSize() already leaves out scrollMargin (the sticky header's height). */
    height: virtualizer.getTotalSize(),
    scrollToRow: (index: number, align?: 'center') => virtualizer.scrollToIndex(index, align ? { align } : undefined),
  };
}
