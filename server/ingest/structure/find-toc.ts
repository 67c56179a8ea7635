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
 * Find the arrangement of sections printed before the body. PDF text lists it either as "1. Short title" lines or
 * as a block of numbers then a block of headings; both are paired in order. The arrangement ends at the words of
 * enactment or where the numbering starts again at its first entry (the body).
 */
export function findToc(lines: SourceLine[]): TocRegion | null {
  const limit = Math.min(lines.length, Math.max(200, Math.floor(lines.length * 0.6)));
  let start = -1;
  for (let i = 0; i < limit; i++) {
    if (TOC_MARKER.test(lines[i].text.trim().replace(/^\*+|\*+$/g, ''))) { start = i; break; }
  }
  if (start < 0) return null;

  const numbers: string[] = [];
  const headings: string[] = [];
  const entries: Array<TocEntry & { pending?: boolean }> = [];
  let firstNum: number | null = null;
  let maxNum = 0;
  let end = lines.length;
  let afterGroup = false;
  let afterSchedule: TocEntry | null = null;
  let lastInline: TocEntry | null = null;
  let part: string | undefined;

  for (let i = start + 1; i < lines.length; i++) {
    const raw = stripAnchor(lines[i].text.trim()).replace(/^\*+|\*+$/g, '').trim();
    if (!raw) continue;
    if (ENACTING_FORMULA.test(raw)) { end = i; break; }
    if (/^(?:SECTION|Section|Clause|CLAUSE|Sections?|Page)$/.test(raw)) continue;
    const group = matchGroupStart(raw) ?? matchGroupStart(raw.replace(/\s+\d{1,4}[A-Z]?\.\s[\s\S]*$/, ''));
    if (group) {
      const entriesOnLine = [...raw.matchAll(INLINE_ENTRY)];
      if (entriesOnLine.length && !group.heading?.match(INLINE_ENTRY)) group.heading = raw;
      part = `${group.type === 'chapter' ? 'Chapter' : 'Part'} ${group.num}`;
      afterGroup = !group.heading;
      // "PART III –INVESTIGATIONS 11. Preservation order 12. ..." carries entries on the same line.
      const inline = group.heading ? [...group.heading.matchAll(INLINE_ENTRY)] : [];
      for (const m of inline) pushAll(entries, entriesOf(m[1], m[2], part));
      lastInline = null;
      continue;
    }
    if (afterGroup && isUpper(raw)) { afterGroup = false; continue; }
    afterGroup = false;
    const schedule = matchSchedule(raw);
    if (schedule) {
      afterSchedule = { unit: schedule, heading: '' };
      entries.push(afterSchedule);
      continue;
    }
    if (afterSchedule && isUpper(raw) && !afterSchedule.heading) { afterSchedule.heading = cleanHeading(raw); continue; }
    const start_ = matchUnitStart(raw, false);
    if (start_ && (start_.style === 'bare' || start_.style === 'numText' || start_.style === 'numHeading')) {
      const n = unitNumber(start_.num);
      if (firstNum !== null && n <= firstNum && maxNum > firstNum) {
        end = i;
        // Part and Act title lines just above the restart belong to the body.
        while (end - 1 > start && (matchGroupStart(lines[end - 1].text) || isUpper(lines[end - 1].text.trim()))) end--;
        break;
      }
      if (firstNum === null) firstNum = n;
      maxNum = Math.max(maxNum, n);
      if (start_.style === 'bare') { numbers.push(start_.num); lastInline = null; continue; }
      const inline = [...raw.matchAll(INLINE_ENTRY)];
      if (inline.length > 1) {
        for (const m of inline) pushAll(entries, entriesOf(m[1], m[2], part));
        lastInline = null;
      } else {
        lastInline = { unit: start_.num, heading: cleanHeading(start_.heading ?? start_.rest), part };
        entries.push(lastInline);
      }
      continue;
    }
    // A heading too long for one line continues in lower case ("... facilitate\ncommission of ...").
    if (lastInline && /^[a-z(]/.test(raw)) { lastInline.heading = cleanHeading(`${lastInline.heading} ${raw}`); continue; }
    lastInline = null;
    if (/^\d+$/.test(raw)) continue; // page number
    headings.push(cleanHeading(raw));
  }

  // Numbers listed apart from their headings pair up in order.
  const paired: TocEntry[] = numbers.map((unit, k) => ({ unit, heading: headings[k] ?? '' }));
  const all = [...paired, ...entries.filter((e) => !/^Schedule|Schedule$/.test(e.unit))];
  all.sort((a, b) => unitNumber(a.unit) - unitNumber(b.unit) || a.unit.localeCompare(b.unit));
  const schedules = entries.filter((e) => /Schedule/.test(e.unit));
  const result = [...all, ...schedules].map((e) => ({ ...e, heading: e.heading || '' }));
  if (result.length === 0) return null;
  return { entries: result, start, end };
}
