import type { IngestResult, Instrument } from '../ingest/types.ts';
import { citeAmending } from './cite-amending.ts';
import { amendsInstrument, targetName } from './target-instrument.ts';
import type { AmendingCitation } from './types.ts';

type LibraryEntry = Pick<Instrument, 'id' | 'title' | 'kind' | 'year'> & { jurisdiction?: string };

/** One amendment record of an amending instrument and the instruments in the library it names (none: not there). */
export interface RecordTarget {
  record: number;
  /** The amended instrument as the clause names it: `Evidence Act, Cap. 121`. */
  target: string;
  by: AmendingCitation;
  /** Ids of the library's instruments the record amends, in library order; empty when the law is not in the library. */
  principals: string[];
}

export interface AmendedInstruments {
  records: RecordTarget[];
  /** The laws in the library the instrument amends, each with the number of its records naming it. */
  principals: Array<{ id: string; title: string; kind: string; year: number | null; records: number }>;
}

/**
 * Which laws in the library an amending instrument amends, record by record: the reverse of "amended by". A record
 * whose law is not in the library says so (`principals` empty); nothing is matched on a guess (target-instrument.ts).
 */
export function amendedInstruments(amending: Pick<IngestResult, 'instrument' | 'provisions'>, library: LibraryEntry[]): AmendedInstruments {
  const others = library.filter((e) => e.id !== amending.instrument.id);
  const counts = new Map<string, number>();
  const records = (amending.instrument.amendments ?? []).map((record, index): RecordTarget => {
    const principals = others.filter((e) => amendsInstrument(record, e, amending.instrument.jurisdiction)).map((e) => e.id);
    for (const id of principals) counts.set(id, (counts.get(id) ?? 0) + 1);
    return { record: index, target: targetName(record), by: citeAmending(amending.instrument, amending.provisions, record.by), principals };
  });
  const principals = others
    .filter((e) => counts.has(e.id))
    .map((e) => ({ id: e.id, title: e.title, kind: e.kind, year: e.year, records: counts.get(e.id)! }));
  return { records, principals };
}
