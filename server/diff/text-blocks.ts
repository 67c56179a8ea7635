import type { Provision } from '../ingest/types.ts';

/**
 * A text cut as it is printed: one block per subsection, paragraph or sub-paragraph, with its own label ("(1)",
 * "(a)", "(ii)") and depth. Diffs keep these blocks so that s. 4(1)(a)-(c) stays a list on both sides.
 */
export interface TextBlock {
  /** The block's own number as printed at its level: "8", "(1)", "(a)"; "" when unnumbered. */
  label: string;
  /** Depth below the unit: 0 for the unit's opening words, 1 for subsections, 2 for paragraphs, ... */
  level: number;
  text: string;
}

/** A provision's own label at its level: "(a)" for 14(2)(a), the whole number for the unit itself. */
function provisionLabel(p: Pick<Provision, 'num' | 'level'>): string {
  if (p.level === 0) return p.num;
  return /\([^)]*\)$/.exec(p.num)?.[0] ?? p.num;
}

/** The blocks of a unit (or of one provision with everything below it), in statute order; empty texts are left out. */
export function provisionBlocks(provisions: Array<Pick<Provision, 'num' | 'level' | 'text'>>): TextBlock[] {
  const top = provisions[0]?.level ?? 0;
  return provisions
    .filter((p) => p.text.trim() !== '')
    .map((p) => ({ label: provisionLabel(p), level: Math.max(0, p.level - top), text: p.text.trim() }));
}

const MARKERS = /^\s*((?:\((?:[0-9]+[A-Za-z]?|[a-z]{1,2}|[ivxl]+)\)\s*)+)/;
const ROMAN = /^\((?:i{1,3}|iv|v|vi{1,3}|ix|x)\)$/;

/**
 * A template article's text, one line per paragraph as the treaties print them ("(1) Each Party ...", "(a) the
 * production ...", "(i) a device ..."): a line's last marker gives its depth. "(i)" after a lettered paragraph
 * (other than "(h)") is a sub-paragraph, not the letter i.
 */
export function articleBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const line of text.split(/\n+/)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const m = MARKERS.exec(trimmed);
    if (!m) {
      blocks.push({ label: '', level: 0, text: trimmed });
      continue;
    }
    const markers = m[1]!.trim().match(/\([^)]*\)/g) ?? [];
    const last = markers[markers.length - 1]!;
    const previous = blocks[blocks.length - 1];
    let level: number;
    if (/^\(\d/.test(last)) level = 1;
    else if (ROMAN.test(last) && previous && previous.level >= 2 && previous.label !== '(h)') level = 3;
    else level = 2;
    blocks.push({ label: markers.join(''), level, text: trimmed.slice(m[0].length).trim() });
  }
  return blocks;
}
