/** RFC 4180 CSV with a UTF-8 byte-order mark, so spreadsheet programs read accented names correctly. */

const BOM = '\uFEFF';

/**
 * Quotes a cell when needed. A cell starting with = + - @ (or a tab/CR) is prefixed with an apostrophe: statute
 * text is untrusted, and a spreadsheet would otherwise run it as a formula.
 */
export function csvCell(value: unknown): string {
  let text = value == null ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
