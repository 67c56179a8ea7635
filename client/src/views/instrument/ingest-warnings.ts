/**
 * Ingestion warnings in a lawyer's terms: grouped by what happened, counted, each item naming the provision as it
 * is cited ("s. 10(1)(a): paragraph (a) appears twice") with a link target, never an eId. Pure.
 */
import type { IngestReport } from '../../api/types.ts';

type Warning = IngestReport['warnings'][number];

export interface WarningItem {
  /** Where, as cited ("s. 10(1)(a)", "line 120"), or '' for the whole text. */
  where: string;
  text: string;
  /** A link into the statute: the provision's eId, or the unit's number. */
  target?: { p: string } | { unit: string };
}

export interface WarningGroup {
  code: string;
  title: string;
  /** `check`: a reader should look; `note`: what was tidied, for the record. */
  level: 'check' | 'note';
  items: WarningItem[];
}

const LEVEL_NAMES: Record<string, string> = {
  part: 'Part',
  chp: 'Chapter',
  sec: 'section',
  art: 'article',
  subsec: 'subsection',
  para: 'paragraph',
  subpara: 'subparagraph',
  clause: 'clause',
  subclause: 'subclause',
  point: 'point',
};

const TITLES: Record<string, string> = {
  LEXALIGN_WARN_DUPLICATE_EID: 'Provisions numbered twice',
  LEXALIGN_WARN_NUMBERING: 'Lettering or numbering out of sequence',
  LEXALIGN_WARN_NUMBERING_GAP: 'Numbers missing from the sequence',
  LEXALIGN_WARN_OCR_LABEL: 'Labels corrected from scanning errors',
  LEXALIGN_WARN_OCR_NUMBER: 'Numbers corrected from scanning errors',
  LEXALIGN_WARN_FLOATING_NUMBER: 'Subsection numbers put back in front of their text',
  LEXALIGN_WARN_TRUNCATED: 'Sections cut short in the source',
  LEXALIGN_WARN_JUNK_SECTION: 'Fragments left out (tables or forms, not sections)',
  LEXALIGN_WARN_PARALLEL_TEXT: 'A second text after the last section, left out',
  LEXALIGN_WARN_START_NOT_TAKEN: 'Lines that look like a section start, kept as text',
  LEXALIGN_WARN_REPEATED_TEXT: 'Passages printed twice, dropped',
  LEXALIGN_WARN_REPLACEMENT_CHARS: 'Characters lost in the source',
  LEXALIGN_WARN_SOFT_HYPHENS: 'Soft hyphens removed',
  LEXALIGN_WARN_UNNUMBERED_RESOLUTION: 'Unnumbered resolution text',
  LEXALIGN_INFO_LABEL_RUNS: 'Labels printed before their texts, paired in order',
  LEXALIGN_INFO_RUN_ON_HEADING: 'Part headings that ran into a section, moved to their Part',
  LEXALIGN_INFO_PAGE_FURNITURE: 'Page numbers and running heads removed',
  LEXALIGN_INFO_PLAIN_TEXT: 'Read as plain text',
  LEXALIGN_INFO_DEHYPHENATED: 'Words broken at a line end, joined',
  LEXALIGN_INFO_REPEALED: 'Lines after repealed sections, left out',
};

const EID = /\b((?:[a-z]+_[A-Za-z0-9.]+)(?:__[a-z]+_[A-Za-z0-9.]+)*)\b/g;
const UNIT_LEVELS = new Set(['sec', 'art', 'rule', 'reg', 'schedule']);

/** `part_1__sec_2__subsec_1__para_a` -> num "2(1)(a)", last level "paragraph", label "a"; null if not an eId. */
export function readEId(eId: string): { num: string; level: string; label: string } | null {
  const steps = eId.split('__').map((s) => {
    const m = /^([a-z]+)_(.+)$/.exec(s);
    return m ? { type: m[1]!, num: m[2]! } : null;
  });
  if (steps.some((s) => s === null) || !steps.some((s) => LEVEL_NAMES[s!.type] !== undefined)) return null;
  const unitAt = steps.findIndex((s) => UNIT_LEVELS.has(s!.type));
  if (unitAt < 0) return null;
  const below = steps.slice(unitAt + 1).map((s) => `(${s!.num})`).join('');
  const last = steps[steps.length - 1]!;
  return { num: `${steps[unitAt]!.num}${below}`, level: LEVEL_NAMES[last.type] ?? 'provision', label: last.num };
}

const TIMES = ['', 'once', 'twice', 'three times'];
const times = (n: number) => TIMES[n] ?? `${n} times`;

/** One warning as a reader sees it. `cite` turns a unit-relative number ("10(1)(a)") into a citation. */
export function describeWarning(w: Warning, cite: (num: string) => string): WarningItem {
  if (w.code === 'LEXALIGN_WARN_DUPLICATE_EID') {
    const m = /^(\S+) occurs (\d+) times; this one is (\S+?)\.?$/.exec(w.message);
    const read = m ? readEId(m[1]!) : null;
    if (m && read) {
      const label = read.level === 'section' || read.level === 'article' ? read.label : `(${read.label})`;
      return {
        where: cite(read.num),
        text: `${read.level} ${label} appears ${times(Number(m[2]))}; the later one is kept as a separate provision.`,
        target: { p: m[3]! },
      };
    }
  }
  // Any other eId in a message is shown as its citation.
  const text = w.message.replace(EID, (whole: string) => {
    const read = whole.includes('_') ? readEId(whole) : null;
    return read ? cite(read.num) : whole;
  });
  if (!w.where) return { where: '', text };
  if (/^line \d+$/i.test(w.where)) return { where: w.where.replace(/^line/i, 'line'), text };
  // A unit number ("10", "46A", "(c)" in a code section, "10 (3)" for an inserted section).
  const unit = w.where.split(' ')[0]!;
  return { where: cite(w.where), text, target: { unit } };
}

/** Groups warnings by what happened: checks first, then notes; most frequent first within each. */
export function groupWarnings(warnings: readonly Warning[], cite: (num: string) => string): WarningGroup[] {
  const groups = new Map<string, WarningGroup>();
  for (const w of warnings) {
    let g = groups.get(w.code);
    if (!g) {
      const level = w.code.startsWith('LEXALIGN_INFO_') ? 'note' : 'check';
      const title = TITLES[w.code] ?? w.code.replace(/^LEXALIGN_(?:WARN|INFO)_/, '').toLowerCase().replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
      groups.set(w.code, (g = { code: w.code, title, level, items: [] }));
    }
    const item = describeWarning(w, cite);
    // "appears twice", then "three times" for the same provision: one line, the final count.
    const same = w.code === 'LEXALIGN_WARN_DUPLICATE_EID' && item.where ? g.items.findIndex((x) => x.where === item.where) : -1;
    if (same >= 0) g.items[same] = item;
    else g.items.push(item);
  }
  return [...groups.values()].sort((a, b) => (a.level === b.level ? b.items.length - a.items.length : a.level === 'check' ? -1 : 1));
}
