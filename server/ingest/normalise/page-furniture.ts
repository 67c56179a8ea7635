import type { IngestWarning } from '../types.ts';
import { PAGE_BREAK } from './clean-text.ts';
import type { SourceLine } from '../source-line.ts';

/** Footers of scanned Revised Laws and running heads of consolidated editions: never statute text. */
const KNOWN_FURNITURE = [
  /inclusion of this page is authori[sz]ed|^Page \d+ of \d+$/i,
  /^(?:LAWS OF [A-Z ]{3,30}|L\.R\.O\.\s*\d+\/\d{4}|\[Issue \d+\]|-{3,})$/,
];

const shape = (t: string) => t.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Drop page numbers, running heads and footers that PDF extraction leaves inline. A running head is a short line
 * seen next to page breaks at least three times; a page number is a bare number standing as its own block.
 */
export function removePageFurniture(lines: SourceLine[], warnings: IngestWarning[]): SourceLine[] {
  const nearBreak = new Map<string, number>();
  const breakIdx: number[] = [];
  lines.forEach((l, i) => { if (l.text === PAGE_BREAK || /^-{3,}$/.test(l.text.trim())) breakIdx.push(i); });
  for (const b of breakIdx) {
    for (let i = Math.max(0, b - 3); i <= Math.min(lines.length - 1, b + 3); i++) {
      const t = lines[i].text.trim().replace(/^#+\s*/, '');
      if (!t || t === PAGE_BREAK || t.length > 80 || t.startsWith('(')) continue;
      const s = shape(t);
      nearBreak.set(s, (nearBreak.get(s) ?? 0) + 1);
    }
  }
  // A running head has words; a shape that starts with a number ("#.(#)") is a section number, never a head.
  const heads = new Set([...nearBreak].filter(([s, n]) => n >= 3 && /[a-z]{2}/.test(s) && !/^[#(]/.test(s)).map(([s]) => s));
  let pages = 0;
  let dropped = 0;
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const t = l.text.trim();
    if (t === PAGE_BREAK) { pages++; continue; }
    const alone = lines[i - 1]?.block !== l.block && lines[i + 1]?.block !== l.block;
    if ((alone && /^\d{1,4}$/.test(t)) || KNOWN_FURNITURE.some((r) => r.test(t)) || (heads.size > 0 && heads.has(shape(t.replace(/^#+\s*/, ''))))) {
      dropped++;
      continue;
    }
    out.push(l);
  }
  if (dropped) warnings.push({ code: 'LEXALIGN_INFO_PAGE_FURNITURE', message: `${dropped} line(s) of page furniture (page numbers, running heads) removed across ${pages + 1} page(s).` });
  return out;
}
