import type { IngestWarning } from '../types.ts';
import type { PresplitSection } from '../adapters/json.ts';
import { cleanText } from '../normalise/clean-text.ts';
import { fixOcrNumbering } from '../normalise/ocr-numbering.ts';
import { dropRepeats, repeatsThroughout } from '../normalise/repeated-text.ts';
import { groupNumId } from '../structure/find-units.ts';
import { matchGroupStart, UNIT_NUM } from '../structure/line-patterns.ts';
import type { GroupRef, UnitDraft } from '../structure/types.ts';
import type { SourceLine } from '../source-line.ts';

/** Scrapers cut long sections at this many characters (Zimbabwe's records). */
const SCRAPER_CUT = 8000;
const DASH = '[\u2013\u2014-]';
/** "... Part III – OFFENCES" or "\nCHAPTER II\nPUNISHABLE ACTS" stuck to the end of the previous section. */
const RUN_ON_GROUP = new RegExp(String.raw`(?:\s|^)((?:Part|PART|Chapter|CHAPTER)\s+(?:[IVXLC]+|\d+[A-Z]?))(?:\s*${DASH}\s*|\s*\n\s*)([^\n]{2,150}?)\s*$`);

function parseGroups(label: string | undefined, headings: Map<string, string>): GroupRef[] {
  if (!label) return [];
  const out: GroupRef[] = [];
  for (const piece of label.split(/\s*,\s*/)) {
    const g = matchGroupStart(piece.replace(/\s+-\s+/, ' \u2013 '));
    if (!g) continue;
    const prefix = g.type === 'part' ? 'part' : g.type === 'chapter' ? 'chp' : 'dvs';
    const eId = `${out.length ? `${out[out.length - 1].eId}__` : ''}${prefix}_${groupNumId(g.num)}`;
    const key = `${g.type} ${groupNumId(g.num)}`;
    out.push({ type: g.type, num: g.num, heading: g.heading ?? headings.get(key), eId });
  }
  return out;
}

/**
 * "Non-derogation from other forms of cooperation. PART II REQUESTS BY GUYANA": the Laws of Guyana scraper sticks
 * the heading of the Part that starts with the next section onto the previous section's title. Returns the title
 * without it, and the Part.
 */
const TITLE_RUN_ON_PART = /^(.{2,150}?)\.?\s+((?:PART|Part)\s+[IVXLC]+[A-Z]?\b.*)$/;

function splitTitlePart(h: string | undefined): { title: string | undefined; part: GroupRef | null } {
  const m = h?.match(TITLE_RUN_ON_PART);
  const g = m ? matchGroupStart(m[2].replace(/\s+-\s+/, ' \u2013 ')) : null;
  if (!m || !g || g.type !== 'part') return { title: h, part: null };
  return { title: m[1], part: partRef(g.num, g.heading) };
}

function partRef(num: string, heading: string | undefined): GroupRef {
  return { type: 'part', num, heading, eId: `part_${groupNumId(num)}` };
}

function cleanHeading(h: string | undefined, num: string, warnings: IngestWarning[]): string | undefined {
  if (!h) return undefined;
  let t = cleanText(h, warnings).replace(/\s+/g, ' ').trim();
  if (new RegExp(`^Section\\s+${num}$`, 'i').test(t)) return undefined; // a placeholder, not a marginal note
  const dash = t.match(new RegExp(`^(.{2,120}?)\\s+${DASH}\\s+\\S`));
  if (dash) t = dash[1];
  if (t.length > 120) return undefined; // the scraper took the text for the title
  return t.replace(/\.$/, '');
}

/** Remove the number and heading the scraper repeated at the start of the text ("2. —(1)", "Section 1. Title. —"). */
function stripEcho(text: string, num: string, heading: string | undefined): string {
  let t = text.trim();
  const esc = num.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  t = t.replace(new RegExp(String.raw`^(?:Section|SECTION|SEC\.|Sec\.)?\s*${esc}\s?\.\s*(?:${DASH}\s*)?`), '');
  if (heading && t.toLowerCase().startsWith(heading.toLowerCase())) {
    t = t.slice(heading.length).replace(new RegExp(String.raw`^\.?\s*(?:${DASH}{1,2}\s*)?`), '');
  }
  return t;
}

/** The Part a run-on heading at the end of a section's text starts (see RUN_ON_GROUP). */
function runOnPart(g: RegExpMatchArray): GroupRef | null {
  const group = matchGroupStart(g[1]);
  if (!group || group.type !== 'part') return null;
  return partRef(group.num, g[2].replace(/\s*\[[^\]]*\]\s*$/, '').trim());
}

/**
 * Turn scraper section records into units: clean each text, cut Part headings and the next section's heading that
 * ran on at its end, and report sections the source cut short.
 */
export function presplitUnits(sections: PresplitSection[], warnings: IngestWarning[]): UnitDraft[] {
  const cleaned = sections.map((s) => ({ ...s, text: cleanText(s.text, []) }));
  const throughout = repeatsThroughout(cleaned.map((s) => s.text));
  let repeats = 0;
  const runOnHeadings = new Map<string, string>();
  const drafts: Array<{ s: PresplitSection; text: string; heading?: string; inherited: GroupRef[] }> = [];
  let current: GroupRef[] = [];
  cleaned.forEach((s, k) => {
    const num = s.num.trim();
    if (!num || num === '0' || !new RegExp(`^${UNIT_NUM}$`).test(num)) {
      warnings.push({ code: 'LEXALIGN_WARN_JUNK_SECTION', message: `A record numbered "${s.num}" is not a section of the statute (table or form fragments); left out.`, where: s.num });
      return;
    }
    // Measured on the record as scraped: cleaning changes the length the scraper cut at.
    if (sections[k].text.length === SCRAPER_CUT) warnings.push({ code: 'LEXALIGN_WARN_TRUNCATED', message: `Section ${num} stops at exactly ${SCRAPER_CUT} characters: the source cut it short.`, where: num });
    const { title, part } = splitTitlePart(s.heading);
    const heading = cleanHeading(title, num, warnings);
    let text = stripEcho(s.text, num, heading);
    const r = dropRepeats(text, throughout);
    repeats += r.removed;
    text = r.text;
    const next = cleaned[k + 1];
    if (next?.heading) {
      const nh = cleanHeading(next.heading, next.num, []);
      const tail = nh ? `${next.num}. ${nh}` : null;
      if (tail && text.endsWith(tail)) text = text.slice(0, -tail.length).trim();
    }
    const g = text.match(RUN_ON_GROUP);
    if (g && g.index !== undefined && g.index > 0) {
      const group = matchGroupStart(g[1]);
      if (group) {
        runOnHeadings.set(`${group.type} ${groupNumId(group.num)}`, g[2].replace(/\s*\[[^\]]*\]\s*$/, '').trim());
        text = text.slice(0, g.index).trim();
        warnings.push({ code: 'LEXALIGN_INFO_RUN_ON_HEADING', message: `The heading of ${g[1]} ran on at the end of section ${num}; moved to its Part.`, where: num });
      }
    }
    // Records without a group label of their own take the Part that a previous title or text ran on into.
    drafts.push({ s, text, heading, inherited: current });
    const runOn = part ?? (g && !s.group ? runOnPart(g) : null);
    if (runOn && !s.group) {
      current = [runOn];
      warnings.push({ code: 'LEXALIGN_INFO_RUN_ON_HEADING', message: `The heading of Part ${runOn.num} ran on into section ${num}; moved to the sections after it.`, where: num });
    }
  });
  if (repeats) warnings.push({ code: 'LEXALIGN_WARN_REPEATED_TEXT', message: `${repeats} passage(s) printed twice in a row were dropped (the source repeats itself${throughout ? ' throughout' : ''}).` });
  let block = 0;
  return drafts.map(({ s, text, heading, inherited }) => {
    const fixed = fixOcrNumbering(text.split('\n'), warnings);
    const body: SourceLine[] = fixed.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean).map((t) => ({ text: t, block: block++ }));
    return { type: 'sec', num: s.num.trim(), heading, lead: '', body, groups: s.group ? parseGroups(s.group, runOnHeadings) : inherited, line: 0 };
  });
}
