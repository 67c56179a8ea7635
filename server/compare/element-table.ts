import type { ArticleAlignment, CoverageStatus } from '../align/types.ts';
import { citedPinpoints, effective } from '../matrix/effective.ts';
import type { Instrument } from '../ingest/types.ts';
import type { ElementProfile } from '../templates/types.ts';
import { citeUnit, citeUnits, legalCitation } from '../citation/cite.ts';
import { ELEMENT_CELL_WORDS, type ElementCellState } from './element-words.ts';

/** One state's column: the instrument, its finding for the article, and the provisions evidence points into. */
export interface ElementColumnInput {
  instrument: Pick<Instrument, 'id' | 'title' | 'jurisdiction' | 'kind' | 'units' | 'year'>;
  alignment: ArticleAlignment | undefined;
  /** eId → provision number, to cite each quoted word ("s. 8", "cl. 4(1)"). */
  nums: Map<string, string>;
}

export interface ElementEvidence {
  quote: string;
  cite: string;
}

export interface ElementCell {
  state: ElementCellState;
  evidence: ElementEvidence[];
}

export interface ElementRow {
  element: string;
  label: string;
  required: boolean;
  /** One cell per column, in column order. */
  cells: ElementCell[];
  /** "Of non-public transmissions: BB ✓, KE ✗": the line a drafter pastes into a paper. */
  summary: string;
}

export interface ElementColumn {
  instrument: string;
  /** Short heading: the jurisdiction code, with the year when two columns share a jurisdiction. */
  short: string;
  title: string;
  jurisdiction: string;
  status: CoverageStatus;
  reviewed: boolean;
  /** The implementing units, short: "cl. 8", "ss. 17, 18", or "no implementing provision". */
  cite: string;
  /** "Cybercrime Bill, 2024 (Barbados), cl. 8": where the article is implemented, in legal form. */
  citation: string;
}

export interface ElementTable {
  article: string;
  title: string;
  columns: ElementColumn[];
  rows: ElementRow[];
}

const MAX_QUOTES = 3;

function cellState(element: ElementProfile, alignment: ArticleAlignment | undefined): ElementCellState {
  if (!alignment || effective(alignment).provisions.length === 0) return 'no-provision';
  const state = alignment.elements?.[element.id];
  if (!state) return 'not-assessed';
  // A limit of the model's offence (intent, without right, technical means) that the national rule does without,
  // or widens, makes the national offence wider: not a gap, and a drafter should read it as such.
  if (element.restricts && (state === 'absent' || state === 'narrowed')) return 'wider';
  return state;
}

function evidenceFor(element: string, column: ElementColumnInput): ElementEvidence[] {
  const out: ElementEvidence[] = [];
  const seen = new Set<string>();
  for (const span of column.alignment?.evidence ?? []) {
    if (span.element !== element) continue;
    const num = column.nums.get(span.eId) ?? span.unit;
    const cite = citeUnit(column.instrument, num);
    const key = `${span.quote.toLowerCase()}\u0000${cite}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ quote: span.quote, cite });
    if (out.length >= MAX_QUOTES) break;
  }
  return out;
}

/** The first words of a title that say what it is about: "Cybercrime", "Mutual Assistance". */
function titleWords(title: string): string {
  const words = title
    .replace(/\(.*?\)|\[.*?\]/g, ' ')
    .split(/[\s,:]+/)
    .filter((w) => w && !/^(the|of|and|in|on|act|bill|code|law|\d{4}|no\.?|cap\.?)$/i.test(w));
  return words.slice(0, 2).join(' ') || title;
}

/** Column headings: the jurisdiction code; the year, or the title's first words, where two columns share it. */
function shortNames(columns: ElementColumnInput[]): string[] {
  const byJurisdiction = new Map<string, ElementColumnInput[]>();
  for (const c of columns) byJurisdiction.set(c.instrument.jurisdiction, [...(byJurisdiction.get(c.instrument.jurisdiction) ?? []), c]);
  return columns.map((c) => {
    const j = c.instrument.jurisdiction;
    const same = byJurisdiction.get(j)!;
    if (same.length === 1) return j;
    const yearTells = c.instrument.year && same.filter((o) => o.instrument.year === c.instrument.year).length === 1;
    return yearTells ? `${j} ${c.instrument.year}` : `${j} ${titleWords(c.instrument.title)}`;
  });
}

/**
 * Rows are the article's elements (as the template profile lists them), columns are states; each cell says whether
 * the element is present, absent, narrowed or wider there, with the statute's words as evidence. Element states are
 * the machine's; a reviewer's decision changes the column's status and provisions, which the column shows.
 */
export function buildElementTable(article: { article: string; title: string; elements: ElementProfile[] }, columns: ElementColumnInput[]): ElementTable {
  const shorts = shortNames(columns);
  const cols: ElementColumn[] = columns.map((c, i) => {
    const e = c.alignment ? effective(c.alignment) : { status: 'missing' as const, provisions: [], reviewed: false };
    const cited = c.alignment ? citedPinpoints(c.alignment) : [];
    return {
      instrument: c.instrument.id,
      short: shorts[i]!,
      title: c.instrument.title,
      jurisdiction: c.instrument.jurisdiction,
      status: e.status,
      reviewed: e.reviewed,
      cite: e.provisions.length ? citeUnits(c.instrument, e.provisions) : 'no implementing provision',
      citation: cited.length ? legalCitation(c.instrument, cited) : `${legalCitation(c.instrument)}: no implementing provision`,
    };
  });
  const rows = article.elements.map((element): ElementRow => {
    const cells = columns.map((c) => ({ state: cellState(element, c.alignment), evidence: evidenceFor(element.id, c) }));
    const summary = `${element.label}: ${cells.map((cell, i) => `${shorts[i]} ${ELEMENT_CELL_WORDS[cell.state].symbol}`).join(', ')}`;
    return { element: element.id, label: element.label, required: element.status === 'required', cells, summary };
  });
  return { article: article.article, title: article.title, columns: cols, rows };
}
