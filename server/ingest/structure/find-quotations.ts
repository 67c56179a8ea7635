import type { SourceLine } from '../source-line.ts';

/**
 * An amending clause quotes the text it puts into another Act: "... the substitution of the following— "163
 * Hacking (1) ...".". This finds those quotations in a unit's lines and takes them out of the clause's own text, so
 * that labels inside the quotation ("(1)", "(a)") do not become subdivisions of the clause.
 */
export interface Quotation {
  /** Stands where the quotation was in the clause's text (a private-use character pair around its index). */
  marker: string;
  /** What the quotation holds: whole sections (or a Part of them), or other text (subsections, definitions, words). */
  kind: 'sections' | 'text';
  /** The quoted lines without the quotation marks. */
  lines: SourceLine[];
  /** The clause's words before the quotation, from the start of its sentence or item. */
  intro: string;
  /** `substitute` when the clause takes something out and puts the quotation in its place. */
  action: 'insert' | 'substitute';
  /** False when the closing quotation mark never comes (a source cut short). */
  closed: boolean;
}

interface QuotationSplit {
  lead: string;
  body: SourceLine[];
  quotations: Quotation[];
}

/** Private-use characters: they never occur in statute text, and no label or stop pattern reads them. */
const markerFor = (k: number) => `\uE000${k}\uE001`;
export const MARKER = /\uE000(\d+)\uE001/g;

/** The words that introduce quoted new text: "the following new section:", "the following is substituted—". */
const INTRODUCES = /\b(?:the\s+following|following\s+(?:new\s+)?(?:sections?|subsections?|paragraphs?|Part|definitions?|Schedule|words?)|substitut\w*|insert\w*)\b[^"“”]{0,60}$/i;
/** Start of quoted sections: a Part heading, a section number (with or without its stop), or a marginal note above one. */
const SECTIONS_START = [
  /^\s*(?:PART|Part)\s+(?:[IVXLC]+|\d{1,3})[A-Z]{0,2}\b\s*[-\u2013\u2014:]/,
  /^\s*\d{1,4}[A-Z]{0,2}(?:\s?\.\s*(?:[-\u2013\u2014]\s*)?(?=[A-Z(])|\s+(?=[A-Z][a-z]))/,
  /^\s*[A-Z][^\n.;:]{2,120}\n\s*\d{1,4}[A-Z]{0,2}\s?\.\s*(?:\(\d{1,3}\))?/,
];
/** Start of other quoted new text: a label, or a defined term. */
const TEXT_START = /^\s*(?:\(\s?(?:\d{1,3}[A-Z]{0,2}|[a-z]{1,2}|[ivxl]{1,5})\s?\)|["“]\s*\w)/;
/** The closing mark comes after a stop and before the clause's own stop or "; and" (`.”;`, `.".`, `.”. `). */
const CLOSE = /[.;:)]\s?["”](?=\s*(?:[.;,]|and\b|or\b|$))/g;
/**
 * A source that loses the closing mark (Zimbabwe's s. 37) runs on into the clause's next subsection: an amending
 * formula after a label ends the quotation there, as no inserted section begins that way.
 */
const NEXT_CLAUSE = /\(\d{1,3}[A-Z]?\)\s+(?:The\s+principal\s+Act|The\s+[A-Z][^.;]{0,120}?\bAct\b[^.;]{0,40}?|Section\s+\d+[A-Z]{0,2}\s+of\s+[^.;]{0,120}?)\s+is\s+(?:hereby\s+)?amended\b/g;

/** An item label that opens a clause's sentence: after a stop, a dash or a line end, not "subsection (3)" in the text. */
const ITEM_LABEL = /(?:^|\n|[.;:\u2014\u2013]\s*|;\s+(?:and|or)\s+)(\((?:[a-z]{1,2}|\d{1,3}[A-Z]?)\))\s/g;

function sentenceStart(text: string, at: number): number {
  const before = text.slice(0, at);
  let label = -1;
  for (const m of before.matchAll(ITEM_LABEL)) label = m.index! + m[0].indexOf('(');
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), label);
  return cut < 0 ? 0 : cut;
}

function closeOf(text: string, from: number): { end: number; after: number; closed: boolean } {
  CLOSE.lastIndex = from;
  const close = CLOSE.exec(text);
  NEXT_CLAUSE.lastIndex = from;
  const next = NEXT_CLAUSE.exec(text);
  if (next && (!close || next.index < close.index)) return { end: next.index, after: next.index, closed: false };
  if (!close) return { end: text.length, after: text.length, closed: false };
  const quoteAt = close.index + close[0].length - 1;
  return { end: quoteAt, after: quoteAt + 1, closed: true };
}

/**
 * Find the quotations of new text in a unit (its first-line text and body lines) and replace each with a marker.
 * A quotation counts only where an amending formula introduces it, so quoted terms in ordinary statutes stay text.
 */
export function findQuotations(lead: string, body: SourceLine[]): QuotationSplit {
  const lines: SourceLine[] = [...(lead.trim() ? [{ text: lead, block: -1 }] : []), ...body];
  const starts: number[] = [];
  let text = '';
  for (const l of lines) { starts.push(text.length); text += `${l.text}\n`; }
  const spans: Array<{ open: number; end: number; after: number; q: Omit<Quotation, 'lines' | 'marker'> }> = [];
  const OPEN = /["“]/g;
  for (let m = OPEN.exec(text); m; m = OPEN.exec(text)) {
    const intro = text.slice(sentenceStart(text, m.index), m.index).replace(/\s+/g, ' ').trim();
    if (!INTRODUCES.test(intro)) continue;
    const rest = text.slice(m.index + 1, m.index + 400);
    const kind = SECTIONS_START.some((re) => re.test(rest)) && !/\b(?:sub-?sections?|paragraphs?|definitions?|words?)\s*[:\u2014\u2013-]?\s*$/i.test(intro)
      ? 'sections' : TEXT_START.test(rest) || /following/i.test(intro) ? 'text' : null;
    if (!kind) continue;
    const { end, after, closed } = closeOf(text, m.index + 1);
    const action = /substitut|\brepeal|\bdelet|\breplac/i.test(intro) ? 'substitute' : 'insert';
    spans.push({ open: m.index, end, after, q: { kind, intro, action, closed } });
    OPEN.lastIndex = after;
  }
  if (spans.length === 0) return { lead, body, quotations: [] };

  // Rebuild the clause's lines with a marker where each quotation was, and each quotation's own lines.
  const quotations: Quotation[] = spans.map((s, k) => ({ ...s.q, marker: markerFor(k), lines: [] }));
  const own: SourceLine[] = [];
  lines.forEach((line, i) => {
    const from = starts[i];
    const to = from + line.text.length;
    let kept = '';
    let pos = from;
    spans.forEach((s, k) => {
      if (s.after <= from || s.open >= to + 1) return;
      if (s.open >= from && s.open <= to) { kept += text.slice(pos, s.open) + markerFor(k); }
      const inFrom = Math.max(from, s.open + 1);
      const inTo = Math.min(to, s.end);
      if (inTo > inFrom) quotations[k].lines.push({ ...line, text: text.slice(inFrom, inTo) });
      pos = Math.max(pos, Math.min(to, s.after));
      // Cut at the clause's next subsection ("... (2) The principal Act is amended"): its label opens a line again.
      if (!s.q.closed && s.after > from && s.after < to) { own.push({ ...line, text: kept }); kept = ''; }
    });
    if (pos < to) kept += text.slice(pos, to);
    if (kept.trim()) own.push({ ...line, text: kept });
  });
  const ownLead = own[0]?.block === -1 ? own.shift()!.text : '';
  return { lead: ownLead, body: own, quotations };
}
