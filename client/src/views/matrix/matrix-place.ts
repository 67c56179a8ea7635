import type { GridPos } from './grid-keys.ts';

/**
 * Where the reader was in the matrix, kept in the history entry of the matrix page itself (history.state), so that
 * Back returns to the cell they opened: same row and article, same scroll, focus on the cell. Forward links and a
 * fresh visit start at the top as before.
 */
interface MatrixPlace {
  instrument: string;
  /** The article of the cell, or '' for the statute's name cell. */
  article: string;
  scrollTop: number;
  scrollLeft: number;
  windowY: number;
}

const KEY = 'lexalignMatrixPlace';

export function readMatrixPlace(state: unknown = window.history.state): MatrixPlace | null {
  const place = (state as Record<string, unknown> | null)?.[KEY] as Partial<MatrixPlace> | undefined;
  if (!place || typeof place.instrument !== 'string' || typeof place.article !== 'string') return null;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  return { instrument: place.instrument, article: place.article, scrollTop: num(place.scrollTop), scrollLeft: num(place.scrollLeft), windowY: num(place.windowY) };
}

/** Records the place on the current (matrix) history entry, before the app navigates away from it. */
export function saveMatrixPlace(place: MatrixPlace): void {
  const state = (window.history.state as Record<string, unknown> | null) ?? {};
  window.history.replaceState({ ...state, [KEY]: place }, '');
}

/** The grid position of a place in the rows and articles shown now, or null when that statute is not shown. */
export function placeIndex(place: MatrixPlace, rowIds: readonly string[], articleIds: readonly string[]): { row: number; col: number } | null {
  const row = rowIds.indexOf(place.instrument);
  if (row < 0) return null;
  const at = place.article ? articleIds.indexOf(place.article) : -1;
  return { row, col: at >= 0 ? at + 1 : 0 };
}

/** Back from a cell: the place saved on this history entry and where it is in the grid now (null on a fresh visit). */
export interface ReturningPlace {
  place: MatrixPlace;
  at: GridPos;
}

/** Where to return to, unless a link asks for an instrument (after an upload, a deep link) or the statute is gone. */
export function returningPlace(
  focusInstrument: string | undefined,
  rowIds: readonly string[],
  articleIds: readonly string[],
  state: unknown = window.history.state,
): ReturningPlace | null {
  const place = focusInstrument ? null : readMatrixPlace(state);
  const at = place ? placeIndex(place, rowIds, articleIds) : null;
  return place && at ? { place, at } : null;
}
