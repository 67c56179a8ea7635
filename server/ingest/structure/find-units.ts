import { romanValue } from '../roman-numerals.ts';
import type { IngestWarning, TocEntry } from '../types.ts';
import { chainScore, chooseChain, unitKey, type ChainCandidate } from './choose-chain.ts';
import type { TocRegion } from './find-toc.ts';
import {
  ENACTING_FORMULA, EXPLANATORY_MARKER, TOC_MARKER, looksLikeHeading, matchGroupStart, matchSchedule,
  matchInlineSchedule, matchRepealedPlaceholder, matchUnitStart, stripAnchor, type UnitStart,
} from './line-patterns.ts';
import type { GroupRef, UnitDraft } from './types.ts';
import type { SourceLine } from '../source-line.ts';
import { findLetteredUnits } from './find-lettered-units.ts';

interface FoundUnits {
  units: UnitDraft[];
  kind: 'sections' | 'articles' | 'subsections';
  /** Text between the words of enactment and the first unit that no unit took. */
  unassigned: string[];
  warnings: IngestWarning[];
}

type Family = 'keyword' | 'article' | 'number';

interface Cand extends ChainCandidate {
  line: number;
  start: UnitStart;
  family: Family;
  /** Line index of a marginal note printed above the number. */
  headingLine?: number;
  heading?: string;
  /** Line index of the unit's first line of text when PDF extraction printed it above the bare number. */
  leadLine?: number;
}

/**
 * PDF extraction sometimes prints a section number one line below the first line of its text ("A person who …
 * uses a computer", "10.", "system to perform …"): the line above the bare number opens a block, is not a finished
 * sentence, and the text below the number carries on in lower case.
 */
function floatsAboveNumber(lines: SourceLine[], i: number): boolean {
  const p = i - 1;
  if (p < 1 || lines[p].block !== lines[i].block || lines[p - 1].block === lines[p].block) return false;
  const above = lines[p].text.trim();
  const below = lines[i + 1]?.text.trim() ?? '';
  return /^[A-Z"“‘]/.test(above) && !/[.;:]$/.test(above) && /^[a-z]/.test(below) && lines[i + 1].block === lines[i].block;
}

const squash = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, '');
const isUpper = (t: string) => /[A-Z]{2}/.test(t) && !/[a-z]/.test(t);

function excludedRanges(lines: SourceLine[], toc: TocRegion | null): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (toc) out.push([toc.start, toc.end]);
  for (let i = 0; i < lines.length; i++) {
    if (!EXPLANATORY_MARKER.test(lines[i].text.trim().replace(/^[#*\s]+/, ''))) continue;
    let j = i + 1;
    while (j < lines.length && !TOC_MARKER.test(lines[j].text.trim()) && !ENACTING_FORMULA.test(lines[j].text.trim())) j++;
    out.push([i, j]);
    i = j - 1;
  }
  return out;
}

function bodyStart(lines: SourceLine[], toc: TocRegion | null): number {
  const from = toc ? toc.end : 0;
  const limit = Math.min(lines.length, from + Math.max(60, Math.floor(lines.length * 0.3)));
  for (let i = from; i < limit; i++) if (ENACTING_FORMULA.test(lines[i].text.trim().replace(/^[*_]+/, ''))) return i + 1;
  return from;
}

function tocHeading(toc: TocEntry[] | undefined, num: string): string | undefined {
  return toc?.find((e) => e.unit === num)?.heading || undefined;
}

/**
 * How strongly a line reads as the start of a unit, by what opens it: the best rising chain of candidates wins, and
 * a stronger reading wins a tie. A plain number may be a list item or a page number; a keyword ("Section 4") or a
 * number on a line of its own is a unit start in every drafting style.
 */
const STRENGTH = {
  /** "4 A person who ..." */
  numberAndText: 1,
  /** "4.—(1) A person who ...": the subsection mark vouches for it. */
  numberAndSubsection: 1.5,
  /** "4. Illegal access" with the text on the next line, where there is no arrangement of sections to check. */
  numberAndHeadingLike: 2,
  /** "4. Illegal access. A person ...", whose first words are the arrangement's heading for section 4. */
  numberAndArrangedHeading: 2.5,
  /** "4. Illegal access" as a heading line (2.5), or a Markdown heading (3). */
  numberedHeading: 2.5,
  markdownHeading: 3,
  /** "Section 4", "Article 4", or a bare "4." on its own line. */
  keywordOrBare: 3,
  /** Added: a marginal note above a bare number. */
  noteAbove: 0.5,
  /** Added: the arrangement of sections lists the number. */
  inArrangement: 1,
} as const;

/** What one line says of the unit it may open, beyond its number. */
interface Reading {
  family: Family;
  strength: number;
  heading?: string;
  headingLine?: number;
  leadLine?: number;
  /** The text after the number and heading (UnitStart.rest), once a heading read from it is taken off. */
  rest?: string;
}

/** "Article 4 Illegal access", with the title on the next line when the article line has none. */
function articleReading(lines: SourceLine[], i: number, start: UnitStart): Reading {
  const reading: Reading = { family: 'article', strength: STRENGTH.keywordOrBare, heading: start.heading };
  const next = lines[i + 1];
  // The title on the next line: a heading line of its own in Markdown, or a short line without a full stop.
  const titleLine = next && (next.mdHeading ? next.text.length <= 200 : looksLikeHeading(next.text) && next.text.split(/\s+/).length <= 10);
  if (reading.heading || !titleLine || /\.$/.test(next.text.trim())) return reading;
  return { ...reading, heading: next.text.trim().replace(/^#+/, ''), headingLine: i + 1 };
}

/** A bare number on its own line, with a marginal note above it and the first line of text floated above it. */
function bareReading(lines: SourceLine[], i: number, fromToc: string | undefined, taken: Set<number>): Reading {
  const leadLine = floatsAboveNumber(lines, i) ? i - 1 : undefined;
  const reading: Reading = { family: 'number', strength: STRENGTH.keywordOrBare, leadLine };
  const p = i - 1 - (leadLine !== undefined ? 1 : 0);
  if (p < 0 || taken.has(p) || lines[p].block === lines[p + 1].block || (p > 0 && lines[p - 1].block === lines[p].block)) return reading;
  const text = lines[p].text.trim();
  const agrees = fromToc !== undefined && squash(fromToc) === squash(text);
  if (!agrees && !(looksLikeHeading(text) && !matchUnitStart(text, false) && !matchGroupStart(text) && !isUpper(text))) return reading;
  return { ...reading, heading: text.replace(/\.$/, ''), headingLine: p, strength: reading.strength + STRENGTH.noteAbove };
}

/** "4. Text ...": a heading is read off the text only when the arrangement names it, or the line looks like one. */
function numberTextReading(lines: SourceLine[], i: number, start: UnitStart, fromToc: string | undefined, hasToc: boolean): Reading {
  const rest = start.rest;
  const next = lines[i + 1]?.text.trim() ?? '';
  if (fromToc && squash(rest).startsWith(squash(fromToc)) && squash(fromToc).length > 2) {
    const words = fromToc.split(/\s+/).length;
    const heading = rest.split(/\s+/).slice(0, words).join(' ').replace(/\.$/, '');
    return { family: 'number', strength: STRENGTH.numberAndArrangedHeading, heading, rest: rest.split(/\s+/).slice(words).join(' ') };
  }
  if (!hasToc && looksLikeHeading(rest) && /^[A-Z("“'‘]/.test(next) && !/\.$/.test(rest)) {
    return { family: 'number', strength: STRENGTH.numberAndHeadingLike, heading: rest, rest: '' };
  }
  const strength = /^[\u2014\u2013-]?\s*\(1\)/.test(rest) ? STRENGTH.numberAndSubsection : STRENGTH.numberAndText;
  return { family: 'number', strength };
}

function readingOf(lines: SourceLine[], i: number, start: UnitStart, toc: TocEntry[] | undefined, taken: Set<number>): Reading {
  const fromToc = tocHeading(toc, start.num);
  switch (start.style) {
    case 'keyword':
      return { family: 'keyword', strength: STRENGTH.keywordOrBare, heading: start.heading };
    case 'article':
      return articleReading(lines, i, start);
    case 'bare':
      return bareReading(lines, i, fromToc, taken);
    case 'numHeading':
      return { family: 'number', strength: lines[i].mdHeading ? STRENGTH.markdownHeading : STRENGTH.numberedHeading, heading: start.heading };
    case 'numText':
      return numberTextReading(lines, i, start, fromToc, toc !== undefined);
  }
}

/** Builds a candidate from a line, reading a marginal note above a bare number or after "N." when it is one. */
function candidate(lines: SourceLine[], i: number, toc: TocEntry[] | undefined, taken: Set<number>): Cand | null {
  const start = matchUnitStart(lines[i].text, !!lines[i].mdHeading);
  if (!start) return null;
  const key = unitKey(start.num);
  if (Number.isNaN(key)) return null;
  const { rest, strength, ...reading } = readingOf(lines, i, start, toc, taken);
  const arranged = toc?.some((e) => e.unit === start.num) ? STRENGTH.inArrangement : 0;
  return {
    key,
    num: parseInt(start.num, 10),
    line: i,
    start: rest === undefined ? start : { ...start, rest },
    strength: strength + arranged,
    ...reading,
  };
}

/**
 * Find the statute's top-level units in its lines: the arrangement and explanatory matter are skipped, every line
 * that could open a unit becomes a candidate, and the best rising sequence of one numbering style wins.
 */
export function findUnits(lines: SourceLine[], toc: TocRegion | null): FoundUnits {
  const warnings: IngestWarning[] = [];
  const excluded = excludedRanges(lines, toc);
  const inExcluded = (i: number) => excluded.some(([a, b]) => i >= a && i < b);
  const start = bodyStart(lines, toc);
  const cands: Cand[] = [];
  const taken = new Set<number>();
  for (let i = start; i < lines.length; i++) {
    if (inExcluded(i)) continue;
    const c = candidate(lines, i, toc?.entries, taken);
    if (c) {
      cands.push(c);
      if (c.headingLine !== undefined) taken.add(c.headingLine);
      if (c.leadLine !== undefined) taken.add(c.leadLine);
    }
  }

  type Best = { family: Family; list: Cand[]; chain: number[]; score: number };
  const options: Best[] = (['article', 'keyword', 'number'] as Family[]).map((family) => {
    const list = cands.filter((c) => c.family === family);
    const chain = chooseChain(list);
    return { family, list, chain, score: chainScore(list, chain) };
  }).filter((o) => o.chain.length > 0);
  const best: Best | null = options.reduce<Best | null>((a, o) => (!a || o.score > a.score ? o : a), null);
  if (!best || best.chain.length < 2) {
    const lettered = findLetteredUnits(lines, start, inExcluded);
    if (lettered.length >= 3) return { units: lettered, kind: 'subsections', unassigned: [], warnings };
  }
  if (!best) return { units: [], kind: 'sections', unassigned: [], warnings };

  const chosen: Cand[] = best.chain.map((k) => best.list[k]);
  let end = lines.length;
  // A second series starting again at the first number after the body is a parallel text (a translation).
  const last = chosen[chosen.length - 1];
  const restart = best.list.find((c) => c.line > last.line && c.num === chosen[0].num && c.strength >= 3);
  if (restart) {
    end = restart.line;
    warnings.push({ code: 'LEXALIGN_WARN_PARALLEL_TEXT', message: 'The numbering starts again after the last unit: the rest is read as a parallel text and left out.', where: `line ${restart.line + 1}` });
  }
  for (const [a] of excluded) if (a > last.line && a < end) end = a;

  const chosenLines = new Set(chosen.map((c) => c.line));
  for (const c of best.list) {
    if (!chosenLines.has(c.line) && c.line < end && c.start.style !== 'numText') {
      warnings.push({ code: 'LEXALIGN_WARN_START_NOT_TAKEN', message: `"${lines[c.line].text.trim().slice(0, 60)}" looks like the start of unit ${c.start.num} but is out of sequence; kept as text.`, where: `line ${c.line + 1}` });
    }
  }
  const units = buildDrafts(lines, chosen, end, best.family, start, warnings);
  const unassigned = preBodyText(lines, start, chosen[0], inExcluded);
  return { units, kind: best.family === 'article' ? 'articles' : 'sections', unassigned, warnings };
}

function preBodyText(lines: SourceLine[], start: number, first: Cand, inExcluded: (i: number) => boolean): string[] {
  if (start === 0) return [];
  const stop = first.headingLine ?? first.line;
  const text = lines.slice(start, stop).filter((l, k) => !inExcluded(start + k))
    .map((l) => l.text.trim()).filter((t) => !matchGroupStart(t) && !isUpper(t)).join(' ').trim();
  return text.length > 40 ? [text.slice(0, 200)] : [];
}

function buildDrafts(lines: SourceLine[], chosen: Cand[], end: number, family: Family, start: number, warnings: IngestWarning[]): UnitDraft[] {
  const units: UnitDraft[] = [];
  const groups: GroupRef[] = [];
  const groupOrder: string[] = [];
  let current: UnitDraft | null = null;
  let k = 0;
  const headingLines = new Set(chosen.flatMap((c) => [c.headingLine, c.leadLine]).filter((x): x is number => x !== undefined));
  let scheduleOpen = false;
  let dropped = 0;
  for (let i = start; i < end; i++) {
    const line = lines[i];
    const text = stripAnchor(line.text.trim());
    if (k < chosen.length && chosen[k].line === i) {
      const c = chosen[k++];
      const lastRepealed = family === 'number' ? matchRepealedPlaceholder(c.start.num, c.start.rest) : null;
      if (lastRepealed) {
        // "22. – 23. --": each number of the range is a repealed unit; lines up to the next unit (page furniture
        // left by the placeholder's short page) belong to none of them.
        for (const num of placeholderRange(c.start.num, lastRepealed)) {
          units.push({ type: 'sec', num, heading: c.heading, lead: '', body: [], groups: [...groups], line: i, repealed: true });
        }
        current = null;
        continue;
      }
      current = {
        type: family === 'article' ? 'art' : 'sec', num: c.start.num, heading: c.heading,
        lead: c.leadLine === undefined ? c.start.rest : `${lines[c.leadLine].text.trim()} ${c.start.rest}`.trim(),
        body: [], groups: [...groups], line: i,
      };
      units.push(current);
      if (c.headingLine !== undefined && c.headingLine > i) i = c.headingLine;
      continue;
    }
    if (headingLines.has(i)) continue;
    const schedule: string | null = units.length && k >= chosen.length ? matchSchedule(text) ?? (scheduleOpen ? null : matchInlineSchedule(text)) : null;
    if (schedule) {
      scheduleOpen = true;
      const next = lines[i + 1]?.text.trim() ?? '';
      const heading = isUpper(next) ? next : undefined;
      current = { type: 'schedule', num: schedule, heading, lead: '', body: [], groups: [], line: i };
      units.push(current);
      // A heading flattened into a line of table text heads the table's first page: the line is the Schedule's.
      if (!matchSchedule(text)) { current.body.push(line); continue; }
      if (heading) i++;
      continue;
    }
    const group = !scheduleOpen && (line.mdHeading || line.block !== lines[i - 1]?.block || isUpper(text)) ? matchGroupStart(text) : null;
    if (group) {
      let heading = group.heading;
      const next = lines[i + 1]?.text.trim().replace(/^\*+|\*+$/g, '') ?? '';
      if (!heading && isUpper(next) && !matchGroupStart(next) && !matchUnitStart(next, false)) { heading = next; i++; }
      const typeKey = group.type;
      if (!groupOrder.includes(typeKey)) groupOrder.push(typeKey);
      const rank = groupOrder.indexOf(typeKey);
      while (groups.length && groupOrder.indexOf(groups[groups.length - 1].type) >= rank) groups.pop();
      const prefix = typeKey === 'part' ? 'part' : typeKey === 'chapter' ? 'chp' : 'dvs';
      const parentId = groups.length ? `${groups[groups.length - 1].eId}__` : '';
      groups.push({ type: typeKey, num: group.num, heading: heading?.replace(/\*+/g, '').trim(), eId: `${parentId}${prefix}_${groupNumId(group.num)}` });
      continue;
    }
    if (current) current.body.push(line);
    else if (units[units.length - 1]?.repealed && text) dropped++;
  }
  if (dropped) warnings.push({ code: 'LEXALIGN_INFO_REPEALED', message: `${dropped} line(s) after repealed placeholders ("22. – 23. --") belong to no unit (page furniture); left out.` });
  if (k < chosen.length) warnings.push({ code: 'LEXALIGN_WARN_INTERNAL', message: 'Some units were not placed.' });
  return units;
}

/** The numbers a placeholder range covers: 22 to 23 gives both; a lettered end ("46A") only the two printed. */
function placeholderRange(from: string, to: string): string[] {
  const a = parseInt(from, 10);
  const b = parseInt(to, 10);
  if (from === to) return [from];
  if (!/^\d+$/.test(from) || !/^\d+$/.test(to) || b <= a || b - a > 50) return [from, to];
  return Array.from({ length: b - a + 1 }, (_, k) => String(a + k));
}

/** Part numbers in eIds are arabic: PART II -> part_2, as Akoma Ntoso naming does. */
export function groupNumId(num: string): string {
  const roman = /^[IVXLC]+$/.test(num) ? romanValue(num) : null;
  return roman !== null ? String(roman) : num.toLowerCase();
}

