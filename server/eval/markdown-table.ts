/** A GitHub Markdown table, ready to paste into docs/ (cells are given as printed; `|` is escaped). */
export function markdownTable(header: string[], rows: string[][]): string {
  const cell = (s: string): string => s.replace(/\|/g, '\\|');
  const line = (cells: string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export const fixed3 = (x: number): string => x.toFixed(3);

/** A difference with its sign, `0.000` printed as `±0` so that unchanged cells stand out. */
export function delta(x: number): string {
  if (Math.abs(x) < 0.0005) return '±0';
  return `${x > 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;
}
