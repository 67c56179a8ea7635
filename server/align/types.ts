/**
 * The correlation table: one instrument against one template, article by article.
 * This is a CONTRACT (see ../shared/docs/correlation-table.schema.json): extend compatibly only.
 */

export type CoverageStatus = 'covered' | 'partial' | 'missing';
export type ElementState = 'present' | 'absent' | 'narrowed' | 'optional-absent';

export interface EvidenceSpan {
  /** Element id, or `text` for copied wording found by local alignment. */
  element: string;
  /** Top-level unit of the national provision, and the eId of the exact provision. */
  unit: string;
  eId: string;
  /** Character offsets into that provision's `text`, end exclusive, and the quoted words. */
  start: number;
  end: number;
  quote: string;
  /** Matching span in the template article's text, when there is one. */
  template?: { start: number; end: number; quote: string };
}

export interface ReviewedValue {
  author: string;
  time: string;
  note?: string;
  status: CoverageStatus;
  provisions: string[];
  /** The provisions as the reviewer cited them ("3(1)(a)"), when more exact than the units. */
  pinpoints?: string[];
  /** The reviewer's note on each element of the article, by element id. */
  elementNotes?: Record<string, string>;
  /** What the machine had suggested when the reviewer decided. */
  machine: { status: CoverageStatus; provisions: string[] };
}

export interface ArticleAlignment {
  provisions: string[];
  pinpoints?: string[];
  status: CoverageStatus;
  score?: number;
  /**
   * How sure the tool is, in [0, 1]: for a found article, that its first provision implements it; for a missing one,
   * that nothing does. Calibrated on the expert tables when the template has a calibration (see articleConfidence).
   */
  confidence?: number;
  elements?: Record<string, ElementState>;
  flags?: string[];
  evidence?: EvidenceSpan[];
  reviewed?: ReviewedValue;
  why?: string;
  /** For a missing article: the unit that came closest (named in `why`), so a reviewer can read it and overturn. */
  closest?: { unit: string; score: number };
}

export interface UnmatchedUnit {
  unit: string;
  heading?: string;
  why?: string;
}

export interface CorrelationTable {
  instrument: string;
  template: string;
  units?: 'sections' | 'subsections';
  articles: Record<string, ArticleAlignment>;
  unmatched?: UnmatchedUnit[];
  notes?: string;
}
