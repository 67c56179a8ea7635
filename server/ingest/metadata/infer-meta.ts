import type { InstrumentKind, InstrumentMeta } from '../types.ts';
import { ISO_CODES, JURISDICTION_CUES } from './jurisdiction-cues.ts';
import { titleCase } from './title-case.ts';

/**
 * Metadata guessed from a text and its file name, for files no manifest or front matter describes. Every field
 * found is listed in `inferred`, so the interface can show it as a guess. Only the head of the text is read:
 * the title, enacting formula and citation come before the body.
 */

type Inferable = InstrumentMeta['inferred'][number];

const HEAD_CHARS = 6000;
const MAX_YEAR = new Date().getFullYear() + 1;

function stemOf(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

function plausibleYear(raw: string | undefined): number | null {
  const year = raw ? Number(raw) : NaN;
  return Number.isInteger(year) && year >= 1700 && year <= MAX_YEAR ? year : null;
}

function jurisdictionFromFileName(stem: string): string | null {
  const m = /^([a-z]{2,3})[-_]/i.exec(stem);
  if (!m) return null;
  const prefix = m[1].toLowerCase();
  // The Council of Europe and other treaty-makers are not states: treaties are international.
  if (prefix === 'coe' || prefix === 'int' || prefix === 'un') return 'INT';
  return ISO_CODES.has(prefix) ? prefix.toUpperCase() : null;
}

function jurisdictionFromText(head: string): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const cue of JURISDICTION_CUES) {
    const strong = cue.strong.test(head) ? 3 : 0;
    const weak = strong ? 0 : (head.match(new RegExp(cue.weak.source, 'g'))?.length ?? 0) >= 2 ? 1 : 0;
    const score = strong + weak;
    if (score > bestScore) {
      best = cue.code;
      bestScore = score;
    }
  }
  return best;
}

/** The short title: "This Act may be cited as the Computer Misuse Act, 2011." */
function citedTitle(head: string): string | null {
  const m = /may be cited as (?:the )?["“]?([^"”\n.;]{3,160}?(?:Act|Bill|Code|Regulations|Rules|Order|Ordinance|Decree|Law)(?:,?\s*(?:of\s+)?\d{4})?)["”]?(?=[\s,.;]|$)/i.exec(
    head.replace(/\s+/g, ' '),
  );
  return m ? m[1].trim() : null;
}

/** A title line: a Markdown heading, or an upper-case line naming an Act, Bill or Convention. */
function headingTitle(head: string): string | null {
  for (const raw of head.split('\n').slice(0, 60)) {
    const line = raw.replace(/^#+\s*/, '').replace(/\s+/g, ' ').trim();
    if (line.length < 6 || line.length > 200) continue;
    if (/^(?:arrangement of sections|objects and reasons|table of contents|contents|part [ivxlc\d]+)\b/i.test(line)) continue;
    // The formula above a long title ("A BILL ENTITLED") names no instrument.
    if (/^(?:a\s+)?bill(?:\s+(?:entitled|intituled))?$/i.test(line)) continue;
    const namesInstrument = /\b(?:act|bill|code|convention|protocol|regulations|ordinance|decree)\b/i.test(line);
    if (raw.trimStart().startsWith('#') && namesInstrument) return line;
    if (namesInstrument && line === line.toUpperCase() && /[A-Z]{3}/.test(line)) return titleCase(line);
  }
  return null;
}

function titleFromFileName(stem: string): string {
  const words = stem.replace(/^[a-z]{2,3}[-_](?=[a-z])/i, '').replace(/[-_]+/g, ' ').trim();
  return words ? titleCase(words.toUpperCase()) : stem;
}

function yearFrom(title: string | null, head: string, stem: string): number | null {
  const fromTitle = title ? [...title.matchAll(/\b(1[7-9]\d\d|20\d\d)\b/g)].map((m) => m[1]).pop() : undefined;
  return (
    plausibleYear(fromTitle) ??
    plausibleYear(/\b(?:No\.|Act)\s*\d+\s+of\s+(1[7-9]\d\d|20\d\d)\b/i.exec(head)?.[1]) ??
    plausibleYear(/\b(?:Act|Bill)\s*,?\s*(1[7-9]\d\d|20\d\d)\b/.exec(head)?.[1]) ??
    plausibleYear(/\bof (1[7-9]\d\d|20\d\d)\b/.exec(head.slice(0, 1500))?.[1]) ??
    plausibleYear([...stem.matchAll(/(?:^|[-_])(1[7-9]\d\d|20\d\d)(?=$|[-_])/g)].map((m) => m[1]).pop())
  );
}

/**
 * What marks a Bill (a draft before Parliament) rather than an enacted Act. A Bill's short-title section already
 * says "This Act may be cited as ...", so the title alone cannot tell; the page around it can.
 */
const BILL_CUES: RegExp[] = [
  // The long-title formula: "A Bill entitled / intituled An Act to ...", "A BILL for an Act ...".
  /\bA\s+Bill\s+(?:entitled|intituled|for\s+an\s+Act|to\s+\w)/i,
  // A line that is only "BILL" or "A BILL" (printed above the long title).
  /^[ \t]*(?:#+[ \t]*)?(?:A[ \t]+)?BILL[ \t]*$/m,
  // A Dewan Rakyat (Malaysia) or Dewan Negara bill number: "D.R. 03/1997", "D.N. 2/2010".
  /\bD\.\s?[RN]\.\s?\d+\/\d{2,4}\b/,
  /\bBill\s+No\.?\s*\d+/i,
  // An enacted Act never calls itself a Bill.
  /\b(?:this|the present) Bill\b/i,
];
/** "Bill" in a name, but not a Bill of Rights, of exchange, of lading, of sale or of costs. */
const BILL_IN_NAME = /\bbill\b(?!\s+of\s+(?:rights|exchange|lading|sale|costs)\b)/i;

/** A Bill by its name or its page. */
function looksLikeBill(name: string, head: string): boolean {
  return BILL_IN_NAME.test(name) || BILL_CUES.some((re) => re.test(head));
}

/** A Bill's short title names the Act it would become; a lawyer cites the Bill: "Cybercrime Bill, 2024". */
function billTitle(title: string, head: string): string {
  if (/\bBill\b/.test(title)) return title;
  const last = title.lastIndexOf(' Act');
  if (last >= 0 && /^ Act\b/.test(title.slice(last))) return `${title.slice(0, last)} Bill${title.slice(last + 4)}`;
  const heading = headingTitle(head);
  if (heading && BILL_IN_NAME.test(heading)) return heading === heading.toUpperCase() ? titleCase(heading) : heading;
  return title;
}

function kindFrom(title: string | null, head: string, stem: string): InstrumentKind | null {
  const name = `${title ?? ''} ${stem.replace(/[-_]/g, ' ')}`;
  if (/\b(?:convention|protocol|treaty)\b/i.test(name) || /\bEach Party shall\b|\bthe Parties to this\b/.test(head)) return 'treaty';
  if (/\bmodel (?:law|bill|legislation)\b/i.test(name)) return 'model';
  if (/\bresol(?:ution|ved)\b/i.test(name) || /^\s*(?:BE IT )?RESOLVED\b/m.test(head)) return 'resolution';
  if (looksLikeBill(name, head)) return 'bill';
  if (/\b(?:regulations|rules|order)\b/i.test(name)) return 'regulation';
  if (/\b(?:revised edition|revised laws|L\.R\.O\.)\b/i.test(head)) return 'revised';
  if (/\bchapter \d+:\d+|\bcap\.\s*\d+:\d+/i.test(head)) return 'chapter';
  if (/\bact\b/i.test(name) || /\bBE IT ENACTED\b|\bENACTED by\b/i.test(head)) return 'act';
  return null;
}

/** Title, year, jurisdiction and kind guessed from the text's head and its file name; each listed in `inferred`. */
export function inferMeta(text: string, fileName: string): Partial<InstrumentMeta> {
  const head = typeof text === 'string' ? text.slice(0, HEAD_CHARS) : '';
  const stem = stemOf(fileName ?? '');
  const inferred: Inferable[] = [];
  const meta: Partial<InstrumentMeta> = { id: stem || 'untitled', language: 'en', origin: 'inferred', inferred };

  const title = citedTitle(head) ?? headingTitle(head);
  meta.title = title ?? titleFromFileName(stem);
  if (meta.title) inferred.push('title');

  const jurisdiction = jurisdictionFromFileName(stem) ?? jurisdictionFromText(head);
  if (jurisdiction) {
    meta.jurisdiction = jurisdiction;
    inferred.push('jurisdiction');
  }

  const year = yearFrom(title, head, stem);
  if (year !== null) {
    meta.year = year;
    inferred.push('year');
  }

  const kind = kindFrom(title, head, stem);
  if (kind) {
    meta.kind = kind;
    inferred.push('kind');
  }
  if (kind === 'bill' && title) meta.title = billTitle(title, head);
  return meta;
}
