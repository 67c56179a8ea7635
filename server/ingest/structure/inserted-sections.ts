import type { SourceLine } from '../source-line.ts';
import { unitKey } from './choose-chain.ts';
import { looksLikeHeading } from './line-patterns.ts';

/** A section quoted inside an amending clause, before its body is split. */
interface InsertedDraft {
  num: string;
  heading?: string;
  lead: string;
  body: SourceLine[];
  /** The Part of the amended Act the quotation puts it in ("PART I - Offences relating to computer systems ..."). */
  part?: { num: string; heading?: string };
}

/** "PART XXA - Provisions relating to cyber crime": the dash keeps "Part III of the principal Act ..." text. */
const PART = /^(?:PART|Part)\s+((?:[IVXLC]+|\d{1,3})[A-Z]{0,2})\b(?:\s*[-\u2013\u2014:]\s*(.*)|\s*)$/;
/** "163. Hacking (1) ...", "20A.(1)", "4B. Establishment ...", and at the head of a quotation "4 Cyber Security ...". */
const START_STOP = /^(\d{1,4}[A-Z]{0,2})\s?\.\s*(?:[-\u2013\u2014]\s*)?(.*)$/;
const START_BARE = /^(\d{1,4}[A-Z]{0,2})\s+(?=[A-Z][a-z])(.*)$/;
/** A later section inside running text: after a stop, "163A. Unlawful ..." (the stop is required there). */
const INLINE_START = /(?<=[.;:\]]["”]?\s+)(\d{1,4}[A-Z]{0,2})\.\s+(?=[A-Z][a-z])/g;
/** A Part heading inside running text, before the section that opens it. */
const INLINE_PART = /(?<=[.;:\]]["”]?\s+)(?:PART|Part)\s+(?:[IVXLC]+|\d{1,3})[A-Z]{0,2}\s*[-\u2013\u2014]\s/g;
const PART_THEN_SECTION = /(?<=\s)\d{1,4}[A-Z]{0,2}\.?\s+(?=[A-Z][a-z])/;
/**
 * Where a marginal note printed on the number's line ends and the text begins: at the first label, or at the first
 * word that opens a provision's sentence ("4A Functions of ... Centre The functions of the Centre shall be ...").
 */
const TEXT_OPENS = /\s(?=\(1\)|\(a\)\s|(?:Any|A|An|The|There|Subject|Where|No|Nothing|In|If|Every|Each|Notwithstanding|Without|For|It|Unless|When|Except|Save|Upon|On|This|Such|Whoever|Despite)\s)/;

function splitHeading(rest: string): { heading?: string; lead: string } {
  const t = rest.trim();
  if (!t || /^[(\u2014\u2013-]/.test(t)) return { lead: t };
  const cut = t.search(TEXT_OPENS);
  if (cut <= 0) return { lead: t };
  const heading = t.slice(0, cut).trim().replace(/\.$/, '');
  if (heading.split(/\s+/).length > 20 || /[;:]/.test(heading)) return { lead: t };
  return { heading, lead: t.slice(cut).trim() };
}

/** Close enough to follow `prev` in one quotation: a later number, at most a few sections on. */
function rises(prev: string | null, num: string): boolean {
  if (prev === null) return true;
  const a = unitKey(prev);
  const b = unitKey(num);
  return b > a && Math.floor(b / 1000) - Math.floor(a / 1000) <= 5;
}

/** Put each later section start and Part heading that runs on inside a line at the start of a line of its own. */
function breakRunOns(lines: SourceLine[], firstNum: string | null): SourceLine[] {
  const out: SourceLine[] = [];
  let prev = firstNum;
  for (const line of lines) {
    const cuts: number[] = [];
    for (const m of line.text.matchAll(INLINE_START)) {
      if (!rises(prev, m[1])) continue;
      prev = m[1];
      cuts.push(m.index!);
    }
    for (const m of line.text.matchAll(INLINE_PART)) cuts.push(m.index!);
    cuts.sort((a, b) => a - b);
    let from = 0;
    for (const c of [...cuts, line.text.length]) {
      const piece = line.text.slice(from, c).trim();
      from = c;
      if (!piece) continue;
      // "PART I - Offences relating to ... devices 163. Hacking (1) ...": the heading ends where the section begins.
      const sec = PART.test(piece) ? piece.match(PART_THEN_SECTION) : null;
      if (sec?.index) {
        out.push({ ...line, text: piece.slice(0, sec.index).trim() }, { ...line, text: piece.slice(sec.index).trim() });
      } else out.push({ ...line, text: piece });
    }
  }
  return out;
}

/**
 * Split a quotation of whole sections into the sections it holds, each with its number, marginal note (on the
 * number's line, or on the line above it as Barbados prints it) and the Part heading that opens it. Returns [] when
 * the quotation does not start with a section.
 */
export function insertedSections(quoted: SourceLine[]): InsertedDraft[] {
  const first = quoted.find((l) => l.text.trim());
  const firstNum = first?.text.trim().match(/^(\d{1,4}[A-Z]{0,2})\b/)?.[1] ?? null;
  const lines = breakRunOns(quoted, firstNum && Number.isNaN(unitKey(firstNum)) ? null : firstNum);
  const drafts: InsertedDraft[] = [];
  let part: InsertedDraft['part'];
  let prev: string | null = null;
  let current: InsertedDraft | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text.trim();
    const p = text.match(PART);
    // A Part heading line: the heading runs up to the section that opens the Part.
    if (p) {
      part = { num: p[1], ...(p[2] ? { heading: p[2].replace(/\s*[-\u2013\u2014]\s*$/, '').trim() } : {}) };
      continue;
    }
    const m: RegExpMatchArray | null = text.match(START_STOP) ?? (drafts.length === 0 && !current ? text.match(START_BARE) : null);
    const prevText = lines[i - 1]?.text.trim() ?? '';
    const ends = i === 0 || /[.;:\]"”]$/.test(prevText) || PART.test(prevText);
    if (m && !Number.isNaN(unitKey(m[1])) && rises(prev, m[1]) && ends) {
      const { heading, lead } = splitHeading(m[2]);
      current = { num: m[1], ...(heading ? { heading } : {}), lead, body: [], ...(part ? { part } : {}) };
      drafts.push(current);
      prev = m[1];
      continue;
    }
    // Barbados prints the marginal note on the line above the number: "Confidentiality of request ...", "18A.(1)".
    const next = lines[i + 1]?.text.trim() ?? '';
    const nm = next.match(START_STOP);
    if (nm && !Number.isNaN(unitKey(nm[1])) && rises(prev, nm[1]) && /^\(?\d*\)?$/.test(nm[2].trim()) && looksLikeHeading(text) && !/[.;:,]$/.test(text)
      && (i === 0 || lines[i - 1].block !== lines[i].block || /[.;:"”]$/.test(prevText))) {
      current = { num: nm[1], heading: text.replace(/\.$/, ''), lead: nm[2].trim(), body: [], ...(part ? { part } : {}) };
      drafts.push(current);
      prev = nm[1];
      i++;
      continue;
    }
    if (current) current.body.push(lines[i]);
  }
  return drafts;
}
