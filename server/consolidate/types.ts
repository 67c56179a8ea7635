import type { AmendmentAction } from '../ingest/types.ts';

/**
 * The principal law as an amending instrument would leave it ("as amended"): its provisions in order, each change
 * marked and tied to the amending provision that makes it, and, per amendment record, whether it applied.
 */

export type ChangeAction = 'inserted' | 'substituted' | 'repealed' | 'amended' | 'renumbered';

/** A piece of a text amended in its words: kept, struck out or put in. */
export interface TextSegment {
  text: string;
  op: 'equal' | 'insert' | 'delete';
}

export interface AmendingCitation {
  /** eId of the amending provision: `sec_3`, `sec_2__para_b`, `sch`. */
  eId: string;
  /** As a lawyer cites it: `cl. 3 of the Ledger (Amendment) Bill, 2031`, `the Schedule to the Cybercrime Act, 2024`. */
  cite: string;
}

export interface Change {
  action: ChangeAction;
  by: AmendingCitation;
  /** Index of the amendment record in the amending instrument's `amendments`. */
  record: number;
  /** What a reader sees: `inserted by cl. 3 of the Ledger (Amendment) Bill, 2031`. */
  note: string;
  /** The text the change replaced or struck out (substituted, repealed, amended, renumbered from). */
  previous?: string;
  /** For an amendment of words: the text with the words struck out and put in. */
  segments?: TextSegment[];
}

/** One provision of the consolidated text. */
export interface ConsolidatedProvision {
  /** eId in the principal instrument (new provisions get eIds in its scheme: `sec_12a`, `sec_18__subsec_3a`). */
  eId: string;
  num: string;
  unit: string;
  level: number;
  /** `sec`, `subsec`, `para`, ... or `schedule`. */
  type: string;
  heading?: string;
  text: string;
  parent?: string;
  repealed?: boolean;
  change?: Change;
}

/** `partly-applied`: applied as far as the source can be read (it cuts the amending provision short). */
export type OutcomeStatus = 'applied' | 'partly-applied' | 'not-applied' | 'other-instrument';

/** What became of one amendment record. Nothing is dropped: every record of the amending instrument is listed. */
export interface RecordOutcome {
  record: number;
  action: AmendmentAction;
  status: OutcomeStatus;
  /** The amended instrument as printed: `Ledger Act, Cap. 77`. */
  target: string;
  provision?: string;
  position?: string;
  by: AmendingCitation;
  /** Why it did not apply, or how it was placed when the clause does not say (in words a lawyer reads). */
  reason?: string;
  /** eIds of the consolidated provisions it changed. */
  changed: string[];
}

export interface Consolidation {
  principal: { id: string; title: string };
  amending: { id: string; title: string; kind: string };
  provisions: ConsolidatedProvision[];
  outcomes: RecordOutcome[];
  summary: { records: number; applied: number; partlyApplied: number; notApplied: number; otherInstrument: number };
}
