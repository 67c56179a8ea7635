import type { AmendedInstrument } from '../extract/amended-instrument.ts';
import { MARKER, type Quotation } from '../structure/find-quotations.ts';

/** A quotation as the provision that carries it reads, for the amendment records. */
export interface QuotedText {
  quotation: Quotation;
  /** The carrier's own text with its quotations back in their marks: what an amendment is read from. */
  raw: string;
  /** eId of the carrying provision. */
  by: string;
  target: AmendedInstrument | null;
  /** eIds of the sections parsed from a quotation of whole sections. */
  inserted: string[];
}

export const quotedText = (q: Quotation) => q.lines.map((l) => l.text).join(' ').replace(/\s+/g, ' ').trim();

/**
 * Put quotations back into the text of the provision the splitting left their markers in: quoted subsections,
 * definitions and words stay part of the clause's text (in their marks, as printed); quoted whole sections leave
 * it, since they become provisions of their own.
 */
export function placeQuotations(text: string, quotations: Quotation[]): { text: string; quoted: Array<{ quotation: Quotation; raw: string }> } {
  if (!quotations.length || !text.includes('\uE000')) return { text, quoted: [] };
  const found: Quotation[] = [];
  const restore = (t: string, keepSections: boolean) => t.replace(new RegExp(String.raw`\s*${MARKER.source}`, 'g'), (_m, k: string) => {
    const q = quotations[Number(k)];
    if (!keepSections && !found.includes(q)) found.push(q);
    if (q.kind === 'sections' && !keepSections) return '';
    return ` \u201c${quotedText(q)}${q.closed ? '\u201d' : ''}`;
  });
  const raw = restore(text, true).trim();
  // The clause's stop after a quotation of sections stood behind the closing mark: "... after section 18 .".
  const own = restore(text, false).replace(/\s+([.;,])/g, '$1').trim();
  return { text: own, quoted: found.map((quotation) => ({ quotation, raw })) };
}
