/**
 * Records produced by ingestion. Every later stage (align, search, store, API, client) reads these shapes.
 * See docs/records.md for the meaning of each field as a drafter would read it.
 */

export type SourceFormat = 'md' | 'txt' | 'html' | 'json' | 'pdf' | 'docx';
export type InstrumentKind = 'act' | 'bill' | 'revised' | 'treaty' | 'model' | 'chapter' | 'regulation' | 'resolution' | 'other';
export type InstrumentRole = 'statute' | 'template';

export type ProvisionKind =
  | 'definition'
  | 'offence'
  | 'power'
  | 'procedure'
  | 'jurisdiction'
  | 'cooperation'
  | 'penalty'
  | 'general';

/** Where a metadata value came from: a manifest or front matter is trusted; inferred values are guesses. */
export type MetaOrigin = 'manifest' | 'frontmatter' | 'inferred' | 'upload';

export interface InstrumentMeta {
  /** File stem, e.g. `ke-computer-misuse-cybercrimes-act-2018`. */
  id: string;
  title: string;
  /** ISO 3166 alpha-2, or `INT` for treaties; `XX` when unknown. */
  jurisdiction: string;
  kind: InstrumentKind;
  year: number | null;
  language: string;
  role: InstrumentRole;
  /** Which fields were inferred from the text rather than given. */
  inferred: Array<'title' | 'jurisdiction' | 'year' | 'kind'>;
  origin: MetaOrigin;
}

export interface SourceInfo {
  file: string;
  format: SourceFormat;
  sha256: string;
  bytes: number;
}

/** One entry of the arrangement of sections (table of contents) printed before the body. */
export interface TocEntry {
  /** Top-level unit number as printed: `4`, `46A`, `(a)`, `Schedule`. */
  unit: string;
  heading: string;
  part?: string;
}

export interface Penalty {
  /** Mode of trial where the statute distinguishes them. */
  mode: 'summary' | 'indictment' | 'any';
  /** Maximum imprisonment in months. */
  imprisonmentMonths?: number;
  /**
   * ISO 4217 code when known; otherwise the statutory unit (`penalty units`, `currency points`, `fine level`)
   * or the symbol as printed (`$` when the jurisdiction is unknown).
   */
  fine?: { amount: number; currency: string };
  /** Imprisonment for life (then `imprisonmentMonths` is absent). */
  life?: boolean;
  /** The words the figures were read from. */
  quote: string;
}

export interface CrossRef {
  /** As printed: `section 4`, `subsection (2)`, `Part III`. */
  text: string;
  /** eId inside the same instrument when resolvable. */
  target?: string;
  /** Another Act named in the reference, e.g. `Mutual Assistance in Criminal Matters Act, Cap. 140A`. */
  external?: string;
}

export interface Definition {
  term: string;
  meaning: string;
}

export interface PathStep {
  /** `part`, `chapter`, `sec`, `subsec`, `para`, `subpara`, `schedule`, `art`. */
  type: string;
  num: string;
  heading?: string;
}

export interface Provision {
  /** Akoma Ntoso-style id, unique inside the instrument: `part_2__sec_4__subsec_1__para_a`. */
  eId: string;
  /** Number as printed, relative to the top-level unit: `4(1)(a)`. */
  num: string;
  /** Top-level unit: `4`, `46A`; for 18 U.S.C. 1030 its subsections `(a)`; `Schedule 1`. */
  unit: string;
  /** Depth below the top-level unit: 0 for the unit itself. */
  level: number;
  heading?: string;
  /** Clean text of this provision only (without its children), whitespace normalised. */
  text: string;
  /** Ancestors, outermost first, with their headings. */
  path: PathStep[];
  kind: ProvisionKind;
  defines: Definition[];
  refs: CrossRef[];
  penalty: Penalty[];
  /** eId of the parent provision, if any. */
  parent?: string;
  /** For a provision quoted inside an amending clause: what it inserts, where, and which clause carries it. */
  inserted?: Insertion;
  /** A spent or repealed unit printed as a placeholder ("22. – 23. --", "[Repealed]"): it has no text. */
  repealed?: boolean;
}

/**
 * An amending Act quotes the sections it inserts ("35(2) ... the substitution of the following— "163 Hacking
 * (1) ..."): they are provisions of the amending Act (their `unit` is the amending section), with their own
 * numbers as printed inside the quotation, and this says what they become in the amended Act.
 */
export interface Insertion {
  /** The amended instrument as a lawyer cites it: `Chapter 9:23`, `Cap. 140A`; its title when no chapter is printed. */
  into: string;
  /** Its title as printed: `Criminal Law (Codification and Reform) Act`. */
  title?: string;
  /** Number of the inserted section as printed inside the quotation: `163`, `18A`. */
  section: string;
  /** `substitute` when the clause repeals or deletes what was there and puts this in its place. */
  action: 'insert' | 'substitute';
  /** The amending provision that carries the quotation: `sec_35__subsec_2`, cited `35(2)`. */
  by: { eId: string; num: string };
}

export type AmendmentAction = 'insert' | 'substitute' | 'repeal' | 'amend-words' | 'renumber';

/** One amendment an amending clause or a row of a Schedule of consequential amendments makes to another Act. */
export interface AmendmentRecord {
  action: AmendmentAction;
  /** The amended instrument as printed: title `Copyright Act`, chapter `Cap. 300` or `Chapter 9:23`. */
  target: { title?: string; chapter?: string };
  /** The provision amended, as printed: `section 162`, `section 18`, `the Schedule`. */
  provision?: string;
  /** Where inside it, as printed: `after subsection (3)`, `subsection (4)`, `paragraph (a)`. */
  position?: string;
  /** The new text, for an insertion or a substitution (without its quotation marks). */
  text?: string;
  /** The words deleted or replaced, for an amendment of words. */
  words?: string;
  /** eId of the amending provision (a clause of the Act, or its Schedule). */
  by: string;
  /** eIds of the inserted provisions parsed from `text`, when it quotes whole sections. */
  inserted?: string[];
}

export interface IngestWarning {
  code: string;
  message: string;
  /** Unit or line the warning is about. */
  where?: string;
}

export interface IngestReport {
  /** Top-level units found in the body, in order. */
  units: Array<{ unit: string; heading?: string }>;
  /** The arrangement of sections, when the text has one. */
  toc: TocEntry[] | null;
  /** Differences between the arrangement and the body. */
  missing: string[];
  extra: string[];
  renumbered: Array<{ toc: string; body: string; heading: string }>;
  /** Numbering gaps (e.g. 12 then 14) and duplicates in the body. */
  gaps: string[];
  duplicates: string[];
  /** Text that could not be assigned to any unit (beyond front matter), in excerpts. */
  unassigned: string[];
  warnings: IngestWarning[];
  /** Counts for a summary line. */
  stats: { provisions: number; definitions: number; penalties: number; chars: number; ms: number };
}

export interface Instrument extends InstrumentMeta {
  source: SourceInfo;
  /** Akoma Ntoso-style work IRI: `/akn/ke/act/2018/...`. */
  work: string;
  /** Parts and chapters with their headings. */
  parts: Array<{ eId: string; type: 'part' | 'chapter' | 'schedule'; num: string; heading?: string }>;
  toc: TocEntry[] | null;
  report: IngestReport;
  /** What a top-level unit is: sections (most statutes), articles (treaties), subsections (a US Code section). */
  units: 'sections' | 'articles' | 'subsections';
  /** The amendments an amending Act or Bill makes to other Acts, in order; absent when it makes none. */
  amendments?: AmendmentRecord[];
}

export interface IngestResult {
  instrument: Instrument;
  provisions: Provision[];
}

/** Thrown for input that cannot be ingested at all; its code is catalogued in server/errors.ts. */
export { IngestError } from '../errors.ts';
