import type { TocEntry } from '../types.ts';
import type { SourceLine } from '../source-line.ts';
import {
  ENACTING_FORMULA, TOC_MARKER, UNIT_NUM, matchGroupStart, matchRepealedPlaceholder, matchSchedule, matchUnitStart, stripAnchor,
} from './line-patterns.ts';
import { pushAll } from '../../large-arrays.ts';

export interface TocRegion {
  entries: TocEntry[];
  /** Line range [start, end) the arrangement occupies; never part of the body. */
  start: number;
  end: number;
}

const INLINE_ENTRY = new RegExp(String.raw`(?:^|\s)(${UNIT_NUM})\.\s+(.*?)(?=\s+${UNIT_NUM}\.(?:\s|$)|\s+(?:PART|Part)\s+[IVXLC\d]|$)`, 'g');
const isUpper = (t: string) => /[A-Z]/.test(t) && !/[a-z]/.test(t);
const cleanHeading = (t: string) => {
  const h = t.replace(/\s*\.{2,}\s*\d*$/, '').replace(/\.$/, '').replace(/\s+/g, ' ').trim();
  return /[A-Za-z]/.test(h) ? h : ''; // "22. – 23. --": omitted sections have no heading
};

/** An entry, or the entries of a repealed range the arrangement prints as "22. – 23. --" (both are units). */
function entriesOf(num: string, rest: string, part: string | undefined): TocEntry[] {
  const last = matchRepealedPlaceholder(num, rest);
  if (!last || last === num) return [{ unit: num, heading: cleanHeading(rest), part }];
  return [{ unit: num, heading: '', part }, { unit: last, heading: '', part }];
}

function unitNumber(num: string): number {
  return parseInt(num, 10);
}

/**
 * The arrangement as read so far, and what the next lines may complete: a Part's title after "PART III", a
 * Schedule's title (the first line in capitals after "SCHEDULE", until one is found), and the heading of the last
 * entry when it runs on to a lower-case line.
 */
interface TocReader {
  /** The Part or Chapter the entries now belong to. */
  part?: string;
  awaitingPartTitle: boolean;
  awaitingScheduleTitle: TocEntry | null;
  headingMayContinue: TocEntry | null;
  /** Numbers listed on lines of their own, and headings listed apart from them: paired in order at the end. */
  numbers: string[];
  headings: string[];
  entries: TocEntry[];
  firstNum: number | null;
  maxNum: number;
}

const SKIPPED = /^(?:SECTION|Section|Clause|CLAUSE|Sections?|Page)$/;

/** "PART III –INVESTIGATIONS 11. Preservation order 12. ...": a Part line, and any entries it carries. */
function readGroupLine(r: TocReader, raw: string): boolean {
  const group = matchGroupStart(raw) ?? matchGroupStart(raw.replace(/\s+\d{1,4}[A-Z]?\.\s[\s\S]*$/, ''));
  if (!group) return false;
  const heading = raw.match(INLINE_ENTRY) && !group.heading?.match(INLINE_ENTRY) ? raw : group.heading;
  r.part = `${group.type === 'chapter' ? 'Chapter' : 'Part'} ${group.num}`;
  for (const m of heading ? heading.matchAll(INLINE_ENTRY) : []) pushAll(r.entries, entriesOf(m[1], m[2], r.part));
  r.awaitingPartTitle = !heading;
  r.headingMayContinue = null;
  return true;
}

function readScheduleLine(r: TocReader, raw: string): boolean {
  const schedule = matchSchedule(raw);
  if (!schedule) return false;
  r.awaitingScheduleTitle = { unit: schedule, heading: '' };
  r.entries.push(r.awaitingScheduleTitle);
  return true;
}

/** The first line in capitals after a Schedule line is its title. */
function readScheduleTitle(r: TocReader, raw: string): boolean {
  const schedule = r.awaitingScheduleTitle;
  if (!schedule || schedule.heading || !isUpper(raw)) return false;
  schedule.heading = cleanHeading(raw);
  return true;
}

/**
 * A numbered line: one entry, several on one line, or a bare number whose heading is listed apart. 'end' when the
 * numbering starts again at or below the first entry: the body has begun.
 */
function readUnitLine(r: TocReader, raw: string): 'read' | 'end' | 'not-a-unit' {
  const unit = matchUnitStart(raw, false);
  if (!unit || !(unit.style === 'bare' || unit.style === 'numText' || unit.style === 'numHeading')) return 'not-a-unit';
  const n = unitNumber(unit.num);
  if (r.firstNum !== null && n <= r.firstNum && r.maxNum > r.firstNum) return 'end';
  r.firstNum ??= n;
  r.maxNum = Math.max(r.maxNum, n);
  r.headingMayContinue = null;
  if (unit.style === 'bare') {
    r.numbers.push(unit.num);
    return 'read';
  }
  const inline = [...raw.matchAll(INLINE_ENTRY)];
  if (inline.length > 1) {
    for (const m of inline) pushAll(r.entries, entriesOf(m[1], m[2], r.part));
    return 'read';
  }
  r.headingMayContinue = { unit: unit.num, heading: cleanHeading(unit.heading ?? unit.rest), part: r.part };
  r.entries.push(r.headingMayContinue);
  return 'read';
}

/** A heading too long for one line continues in lower case ("... facilitate\ncommission of ..."). */
function readContinuedHeading(r: TocReader, raw: string): boolean {
  const entry = r.headingMayContinue;
  if (!entry || !/^[a-z(]/.test(raw)) return false;
  entry.heading = cleanHeading(`${entry.heading} ${raw}`);
  return true;
}

/** The entries in unit order, numbers listed apart paired with their headings, Schedules last. */
function tocEntries(r: TocReader): TocEntry[] {
  const paired: TocEntry[] = r.numbers.map((unit, k) => ({ unit, heading: r.headings[k] ?? '' }));
  const all = [...paired, ...r.entries.filter((e) => !/^Schedule|Schedule$/.test(e.unit))];
  all.sort((a, b) => unitNumber(a.unit) - unitNumber(b.unit) || a.unit.localeCompare(b.unit));
  const schedules = r.entries.filter((e) => /Schedule/.test(e.unit));
  return [...all, ...schedules].map((e) => ({ ...e, heading: e.heading || '' }));
}

/** The line that opens the arrangement ("ARRANGEMENT OF SECTIONS"), in the first part of the text. */
function tocStart(lines: SourceLine[]): number {
  const limit = Math.min(lines.length, Math.max(200, Math.floor(lines.length * 0.6)));
  for (let i = 0; i < limit; i++) if (TOC_MARKER.test(lines[i].text.trim().replace(/^\*+|\*+$/g, ''))) return i;
  return -1;
}

/**
 * Find the arrangement of sections printed before the body. PDF text lists it either as "1. Short title" lines or
 * as a block of numbers then a block of headings; both are paired in order. The arrangement ends at the words of
 * enactment or where the numbering starts again at its first entry (the body). Each line is read as what the
 * reader expects (a title, a continued heading) or as a Part, a Schedule, an entry, a page number or a heading.
 */
export function findToc(lines: SourceLine[]): TocRegion | null {
  const start = tocStart(lines);
  if (start < 0) return null;
  const r: TocReader = {
    awaitingPartTitle: false, awaitingScheduleTitle: null, headingMayContinue: null,
    numbers: [], headings: [], entries: [], firstNum: null, maxNum: 0,
  };
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    const raw = stripAnchor(lines[i].text.trim()).replace(/^\*+|\*+$/g, '').trim();
    if (!raw) continue;
    if (ENACTING_FORMULA.test(raw)) {
      end = i;
      break;
    }
    if (SKIPPED.test(raw) || readGroupLine(r, raw)) continue;
    const partTitle = r.awaitingPartTitle && isUpper(raw);
    r.awaitingPartTitle = false;
    if (partTitle || readScheduleLine(r, raw) || readScheduleTitle(r, raw)) continue;
    const unit = readUnitLine(r, raw);
    if (unit === 'end') {
      end = i;
      // Part and Act title lines just above the restart belong to the body.
      while (end - 1 > start && (matchGroupStart(lines[end - 1].text) || isUpper(lines[end - 1].text.trim()))) end--;
      break;
    }
    if (unit === 'read' || readContinuedHeading(r, raw)) continue;
    r.headingMayContinue = null;
    if (!/^\d+$/.test(raw)) r.headings.push(cleanHeading(raw)); // a bare number here is a page number
  }
  const entries = tocEntries(r);
  return entries.length === 0 ? null : { entries, start, end };
}
