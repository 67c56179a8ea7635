import { cellWords } from '../compare/element-words.ts';
import type { ElementCell, ElementTable } from '../compare/element-table.ts';
import { toCsv } from './csv.ts';

/** "✓ present: “non-public” (s. 8)": the state in words, then the statute's words with their citation. */
function cellText(cell: ElementCell): string {
  const words = cellWords(cell.state);
  if (cell.evidence.length === 0) return words;
  return `${words}: ${cell.evidence.map((e) => `“${e.quote}” (${e.cite})`).join('; ')}`;
}

/**
 * The element-by-state table as CSV (UTF-8 with BOM): one row per element, one column per state, then the summary
 * line a drafter pastes ("Of non-public transmissions: BB ✓, KE ✗"). The first rows say where each state implements
 * the article and with what status, so the table stands on its own in a paper.
 */
export function elementTableCsv(table: ElementTable): string {
  const header = ['Element', 'Required', ...table.columns.map((c) => `${c.short}: ${c.title}`), 'Summary'];
  const rows: unknown[][] = [
    ['Implemented by', '', ...table.columns.map((c) => c.citation), ''],
    ['Status', '', ...table.columns.map((c) => (c.reviewed ? `${c.status} (reviewed)` : c.status)), ''],
    ...table.rows.map((r) => [r.label, r.required ? 'required' : 'optional', ...r.cells.map(cellText), r.summary]),
  ];
  return toCsv(header, rows);
}
