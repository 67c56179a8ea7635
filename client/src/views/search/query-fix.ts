/**
 * A corrected query to offer when the server could not read one ("Query not understood"): the typo repaired where
 * its kind is plain (an unclosed quote closed, an unknown field or a stray sign dropped), else the words alone.
 * Pure; the server's message still says what was wrong.
 */
const FIELDS = new Set(['heading', 'defines', 'context', 'text', 'title']);
const OPERATORS = new Set(['AND', 'OR', 'NOT']);

function repairToken(token: string): string {
  let t = token;
  // An unknown field ("author:x", ":x") or a field with no word ("heading:") loses its prefix.
  const field = /^([+-]?)([A-Za-z_]*):(.*)$/.exec(t);
  if (field && !t.startsWith('"') && !(FIELDS.has(field[2].toLowerCase()) && field[3] !== '')) t = field[1] + field[3];
  // A lone sign, or a modifier with no word or no valid value, is dropped.
  if (/^[+-]$/.test(t)) return '';
  t = t.replace(/\^(?!(?:\d+(?:\.\d+)?)$).*$/, '').replace(/~(?![0-2]$).*$/, '');
  if (/^[+-]?[\^~]/.test(t)) return '';
  // A wildcard needs two letters; one mixed with a fuzzy match keeps the wildcard.
  if (t.includes('*') && t.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return '';
  if (t.includes('*')) t = t.replace(/~\d*$/, '');
  return t;
}

/** Operators that join nothing (at either end, or twice in a row) are dropped; NOT NOT becomes NOT. */
function tidyOperators(tokens: string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (OPERATORS.has(t)) {
      if (t !== 'NOT' && (last === undefined || OPERATORS.has(last))) continue;
      if (t === 'NOT' && last === 'NOT') continue;
      if (t !== 'NOT' && last !== undefined && OPERATORS.has(last)) continue;
    }
    out.push(t);
  }
  while (out.length && OPERATORS.has(out[out.length - 1])) out.pop();
  return out;
}

function repairQuery(q: string): string {
  let text = q.trim();
  // Balance quotes: an opening quote with no closing one is closed at the end.
  if ((text.match(/"/g) ?? []).length % 2 === 1) text = `${text}"`;
  // Split into words and whole phrases.
  const tokens = text.match(/[+-]?(?:[A-Za-z_]+:)?"[^"]*"\S*|\S+/g) ?? [];
  const repaired = tidyOperators(
    tokens
      .map((t) => {
        if (/"/.test(t)) {
          const m = /^([+-]?(?:[A-Za-z_]+:)?)"([^"]*)"(.*)$/.exec(t);
          if (!m || m[2].trim() === '') return '';
          const prefix = repairToken(`${m[1]}x`).slice(0, -1);
          const tail = /^\^\d+(?:\.\d+)?$/.test(m[3]) ? m[3] : '';
          return `${prefix}"${m[2]}"${tail}`;
        }
        return repairToken(t);
      })
      .filter(Boolean),
  );
  return repaired.join(' ');
}

/** The words of a query with every operator and sign taken out: always readable. */
function wordsOnly(q: string): string {
  return (q.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []).filter((w) => !OPERATORS.has(w)).join(' ');
}

/** The query to offer instead, or null when there is nothing better to offer. */
export function suggestQuery(q: string): string | null {
  const repaired = repairQuery(q);
  const offer = repaired && repaired !== q.trim() ? repaired : wordsOnly(q);
  return offer && offer !== q.trim() ? offer : null;
}

/** "at position 7" is an engineer's word: the reader sees where in what they typed ("at “"without right”"). */
export function pointInQuery(message: string, q: string): string {
  return message.replace(/\bat position (\d+)/g, (whole, n: string) => {
    const at = Number(n);
    if (!(at >= 0 && at < q.length)) return whole === '' ? whole : 'at the end';
    const piece = q.slice(at).trim();
    const shown = piece.length > 24 ? `${piece.slice(0, 24)}…` : piece;
    return `at “${shown}”`;
  });
}
