import type { AmendmentRecord, Instrument, Provision } from '../ingest/types.ts';
import type { Draft } from './draft-text.ts';
import type { AmendingCitation, Change, ChangeAction } from './types.ts';

/** What applying one amendment record needs: the text so far, the record, and the amending instrument. */
export interface ApplyContext {
  draft: Draft;
  record: AmendmentRecord;
  /** The amending instrument's provisions (inserted sections, the clause's own words). */
  amending: Provision[];
  /** The principal's Parts and Chapters, to place "after Part XX". */
  parts: Instrument['parts'];
  by: AmendingCitation;
  /** The source cut the amending provision short (a scraper's 8,000-character limit): its quotation is incomplete. */
  cut: boolean;
  /** A change marked on the provisions this record touches. */
  change(action: ChangeAction, extra?: Partial<Change>): Change;
}

/** Applied (with the eIds it changed, and a note when the clause left the place to the section's number) or not. */
export type Applied = { changed: string[]; note?: string; partial?: boolean } | { problem: string };

const VERB: Record<ChangeAction, string> = {
  inserted: 'inserted',
  substituted: 'substituted',
  repealed: 'repealed',
  amended: 'amended',
  renumbered: 'renumbered',
};

export function changeNote(action: ChangeAction, by: AmendingCitation, detail?: string): string {
  return `${VERB[action]} by ${by.cite}${detail ? ` (${detail})` : ''}`;
}
