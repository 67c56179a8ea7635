import type { SourceLine } from '../source-line.ts';
import type { TableRow } from './schedule-table.ts';

/** A group above the top-level units: a Part or a Chapter of the statute. */
export interface GroupRef {
  type: 'part' | 'chapter' | 'division';
  num: string;
  heading?: string;
  eId: string;
}

/** A top-level unit found in the text, before its body is split. */
export interface UnitDraft {
  /** `sec`, `art` (treaties), `subsec` (units of a one-section code), `schedule`. */
  type: 'sec' | 'art' | 'subsec' | 'schedule' | 'resolution';
  num: string;
  heading?: string;
  /** Text on the unit's own line after its number and heading. */
  lead: string;
  body: SourceLine[];
  groups: GroupRef[];
  /** Line index in the normalised text, for warnings. */
  line: number;
  /** A spent or repealed placeholder ("22. – 23. --"): a unit with no text. */
  repealed?: boolean;
  /** A Schedule of consequential amendments read as a table (structure/schedule-table.ts). */
  table?: TableRow[];
}

/** A subdivision of a unit: subsection, paragraph, subparagraph ... */
export interface ProvisionNode {
  label: string;
  /** `subsec`, `para`, `subpara`, `clause`, `subclause`. */
  type: string;
  text: string;
  children: ProvisionNode[];
}
