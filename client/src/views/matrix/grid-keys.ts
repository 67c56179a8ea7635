/** Roving-focus movement in the matrix grid (WAI-ARIA grid pattern): arrows, Home/End, Ctrl+Home/End, PageUp/Down. */
export interface GridPos {
  row: number;
  col: number;
}

export function moveFocus(pos: GridPos, key: string, ctrl: boolean, rows: number, cols: number, page = 10): GridPos | null {
  const clampRow = (r: number) => Math.max(0, Math.min(rows - 1, r));
  const clampCol = (c: number) => Math.max(0, Math.min(cols - 1, c));
  switch (key) {
    case 'ArrowUp':
      return { row: clampRow(pos.row - 1), col: pos.col };
    case 'ArrowDown':
      return { row: clampRow(pos.row + 1), col: pos.col };
    case 'ArrowLeft':
      return { row: pos.row, col: clampCol(pos.col - 1) };
    case 'ArrowRight':
      return { row: pos.row, col: clampCol(pos.col + 1) };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: pos.row, col: 0 };
    case 'End':
      return ctrl ? { row: rows - 1, col: cols - 1 } : { row: pos.row, col: cols - 1 };
    case 'PageUp':
      return { row: clampRow(pos.row - page), col: pos.col };
    case 'PageDown':
      return { row: clampRow(pos.row + page), col: pos.col };
    default:
      return null;
  }
}
