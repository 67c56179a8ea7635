/**
 * Lower-case roman numerals up to 399, as drafters number subparagraphs (i), (ii) ... and Parts I, II ...
 * Shared by normalisation (repairing OCR'd numbering) and structure (reading labels), so it belongs to neither.
 */

const ROMAN = /^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

export function romanValue(s: string): number | null {
  const r = s.toLowerCase();
  if (!ROMAN.test(r)) return null;
  const map: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let k = 0; k < r.length; k++) {
    const v = map[r[k]];
    const next = k + 1 < r.length ? map[r[k + 1]] : 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}
