/**
 * How a line of statute text announces structure. Each function reads one trimmed line and says what it could be;
 * the sequence around it (find-units.ts) decides what it is.
 */

/** A number as printed for a top-level unit: 4, 46A, 163B. */
export const UNIT_NUM = String.raw`\d{1,4}[A-Z]{0,2}`;

const DASH = '[\u2013\u2014\u2012\u2015-]';

/** `### [s46A] 46A. Further court orders` renders carry a bracketed anchor: drop it. */
export function stripAnchor(text: string): string {
  return text.replace(/^\[s?\w{1,8}\]\s+/, '');
}

export interface UnitStart {
  style: 'keyword' | 'article' | 'bare' | 'numHeading' | 'numText';
  num: string;
  /** Heading printed on the same line, if the style carries one. */
  heading?: string;
  /** Text after the number (and heading). */
  rest: string;
}

const SECTION_KEYWORD = new RegExp(String.raw`^(?:Section|SECTION|SEC\.|Sec\.)\s+(${UNIT_NUM})\s*\.\s*(.*)$`);
const ARTICLE_KEYWORD = new RegExp(String.raw`^(?:Article|ARTICLE|Artikel|Art\.)\s+(${UNIT_NUM})\s*\.?\s*(?:${DASH}+\s*(.*))?$`);
/** "1.", "2.(1)", "2.—(1)", "2. (1)" standing alone: the PDF layout puts the text on the next lines. */
const BARE_NUMBER = new RegExp(String.raw`^(${UNIT_NUM})\s?\.\s*(?:${DASH}\s*)?(\(\d{1,3}[A-Z]?\))?$`);
const NUMBER_THEN_REST = new RegExp(String.raw`^(${UNIT_NUM})\s?\.(?!\d)\s*(?:${DASH}\s*)?(.*)$`);

/** A Philippine-style heading ends at ". —" or a dash before the text. */
function splitKeywordHeading(rest: string): { heading?: string; text: string } {
  const m = rest.match(new RegExp(String.raw`^(.{2,160}?)(?:\.\s*${DASH}{1,2}|\s${DASH}{1,2})\s*(.*)$`));
  if (m && !/[;:]/.test(m[1])) return { heading: m[1].replace(/\.$/, '').trim(), text: m[2] };
  return { text: rest };
}

export function matchUnitStart(line: string, mdHeading: boolean): UnitStart | null {
  const text = stripAnchor(line.trim());
  let m = text.match(SECTION_KEYWORD);
  if (m) {
    const { heading, text: rest } = splitKeywordHeading(m[2]);
    return { style: 'keyword', num: m[1], heading, rest };
  }
  m = text.match(ARTICLE_KEYWORD);
  if (m) return { style: 'article', num: m[1], heading: m[2]?.trim() || undefined, rest: '' };
  m = text.match(BARE_NUMBER);
  if (m) return { style: 'bare', num: m[1], rest: m[2] ?? '' };
  m = text.match(NUMBER_THEN_REST);
  if (m) {
    const rest = m[2].trim();
    if (!rest) return { style: 'bare', num: m[1], rest: '' };
    if (mdHeading) return { style: 'numHeading', num: m[1], heading: rest.replace(/\.$/, ''), rest: '' };
    return { style: 'numText', num: m[1], rest };
  }
  return null;
}

/**
 * A spent or repealed unit printed as a placeholder after its number: "22. – 23. --" (a range), "22. --",
 * "22. [Repealed by Act 4 of 2011]". Returns the last number the placeholder covers (the unit's own for one).
 */
export function matchRepealedPlaceholder(num: string, rest: string): string | null {
  const t = rest.trim();
  const range = t.match(new RegExp(String.raw`^(?:${DASH}\s*)?(${UNIT_NUM})\s?\.?\s*${DASH}{1,3}$`));
  if (range) return range[1];
  return REPEAL_NOTE.test(t) || /^[\u2013\u2014\u2012\u2015-]{1,3}$/.test(t) ? num : null;
}

/** The whole text of a spent provision: "[Repealed by Act No. 4 of 2011]", "Repealed.", "[Spent]". */
export const REPEAL_NOTE = /^\[?\s*(?:Repealed|Spent|Deleted|Revoked|Omitted)\b[^\]]{0,80}\]?\.?$/i;

/** Could this rest-of-line be a marginal note printed after the number ("1. Short title")? */
export function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 120) return false;
  if (!/^[A-Z"“‘']/.test(t)) return false;
  if (/[,;:\u2014]$/.test(t) || /(?:\s|^)(?:and|or|of|the|to|by|in|a|an|for|with)$/i.test(t)) return false;
  if (/^\(/.test(t)) return false;
  const words = t.split(/\s+/).length;
  return words <= 16;
}

interface GroupStart {
  type: 'part' | 'chapter' | 'division';
  num: string;
  heading?: string;
}

const GROUP = new RegExp(
  String.raw`^(PART|Part|CHAPTER|Chapter|SUB-PART|Division|DIVISION|TITLE|SECTION)\s+([IVXLC]{1,7}|\d{1,3}[A-Z]?|[A-Z])\b\s*(?:${DASH}|\.|:)?\s*(.*)$`,
);

/**
 * "PART II", "Part III – OFFENCES", "CHAPTER I", "**TITLE 1 – ...**". Upper-case SECTION and TITLE are treaty
 * groupings (Budapest Chapter II Section 1 Title 1), never units: units are "Section 4." with a full stop.
 */
export function matchGroupStart(line: string): GroupStart | null {
  const text = line.trim().replace(/^\*+|\*+$/g, '').trim();
  if (text.length > 200) return null;
  const m = text.match(GROUP);
  if (!m) return null;
  const word = m[1].toUpperCase();
  const heading = m[3].trim().replace(/^[\u2013\u2014-]\s*/, '') || undefined;
  if ((word === 'SECTION' || word === 'TITLE') && m[1] !== word) return null;
  if (word === 'SECTION' && /^\d/.test(m[2]) && !heading) {
    // "SECTION 1" alone followed by an upper-case heading line is a treaty grouping; decided by the caller.
  }
  if (heading && /[a-z]/.test(heading) && heading.length > 100) return null;
  // "Part 1 of the Bill contains ..." is prose about a Part, not a Part heading.
  if (heading && /^(?:of|to|and|or|shall|is|are|in|deals|contains|applies)\b/.test(heading)) return null;
  const type = word === 'PART' || word === 'SUB-PART' ? 'part' : word === 'CHAPTER' ? 'chapter' : 'division';
  return { type, num: m[2], heading };
}

/** A Schedule heading: "SCHEDULE", "FIRST SCHEDULE", "Schedule 2", "THE SCHEDULE (Section 31)". */
export function matchSchedule(line: string): string | null {
  const text = line.trim().replace(/^\*+|\*+$/g, '').trim();
  const m = text.match(
    /^(?:THE\s+)?((?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH)\s+)?(SCHEDULE|Schedule)(\s+(?:\d{1,2}|[IVX]{1,4}|[A-Z]))?\s*(\((?:[Ss]ections?|[Cc]lauses?|[Ss]\.|[Rr]egulations?)[^)]*\))?\.?$/,
  );
  if (!m) return null;
  if (m[2] === 'Schedule' && !m[1] && !m[3] && !m[4]) return null;
  const ordinalWord = m[1] ? m[1].trim()[0] + m[1].trim().slice(1).toLowerCase() + ' ' : '';
  return `${ordinalWord}Schedule${m[3] ? m[3] : ''}`.trim();
}

/** A Schedule heading flattened into a line of table text: "L.R.O. 1998SCHEDULE(Section 31)CONSEQUENTIAL ...". */
export function matchInlineSchedule(line: string): string | null {
  const m = line.match(/(?:^|[^A-Za-z])((?:FIRST|SECOND|THIRD|FOURTH|FIFTH)\s+)?SCHEDULE\s*\((?:Sections?|Clauses?|s\.)\s*\d+[^)]*\)/);
  if (!m) return null;
  return `${m[1] ? m[1].trim()[0] + m[1].trim().slice(1).toLowerCase() + ' ' : ''}Schedule`;
}

/** Where the arrangement of sections (the TOC) begins. */
export const TOC_MARKER = /^(?:ARRANGEMENT\s+OF\s+(?:SECTIONS|CLAUSES|REGULATIONS|PROVISIONS|ARTICLES)|Arrangement\s+of\s+(?:Sections|Clauses|Regulations|Articles)|TABLE\s+OF\s+CONTENTS|Table\s+of\s+Contents|CONTENTS)\s*$/;

/** Words of enactment: the body of the statute starts after them. */
export const ENACTING_FORMULA =
  /^(?:BE\s+IT\s+ENACTED|Be\s+it\s+enacted|ENACTED\s+by|IT\s+IS\s+HEREBY\s+ENACTED|Have\s+agreed\s+as\s+follows|HAVE\s+AGREED\s+AS\s+FOLLOWS|NOW,?\s+THEREFORE|The\s+Parliament\s+of\s+\w+\s+enacts)/;

/** Explanatory matter printed with a bill: never provisions. */
export const EXPLANATORY_MARKER =
  /^(?:OBJECTS\s+AND\s+REASONS|Objects\s+and\s+Reasons|EXPLANATORY\s+(?:STATEMENT|MEMORANDUM|NOTES?)|Explanatory\s+(?:Statement|Memorandum|Notes?)|MEMORANDUM\s+OF\s+OBJECTS)\b/;
