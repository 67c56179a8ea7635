import type { AmendmentRecord, IngestResult } from '../ingest/types.ts';
import { amendSubdivision } from './apply-subdivisions.ts';
import { insertSections, renumberSection, repealSections, substituteSections } from './apply-sections.ts';
import { amendWords, insertScheduleParagraph, substituteDefinitions } from './apply-words.ts';
import { citeAmending } from './cite-amending.ts';
import { changeNote, type Applied, type ApplyContext } from './context.ts';
import { draftFrom } from './draft-text.ts';
import { readPlace, readRef } from './references.ts';
import { amendsInstrument, targetName } from './target-instrument.ts';
import type { Change, Consolidation, RecordOutcome } from './types.ts';

/** Which kind of change a record is, from its action and the places it names; each kind has one applier. */
function applierFor(record: AmendmentRecord): (ctx: ApplyContext) => Applied {
  if (record.action === 'renumber') return renumberSection;
  if (record.action === 'amend-words') return amendWords;
  if (record.inserted?.length) return record.action === 'substitute' ? substituteSections : insertSections;
  const place = record.position ? readPlace(record.position) : null;
  if (place?.ref.kind === 'definitions') return substituteDefinitions;
  if (place?.ref.kind === 'schedule-paragraph' || (record.provision && readRef(record.provision)?.kind === 'schedule')) return insertScheduleParagraph;
  const ref = record.provision ? readRef(record.provision) : null;
  const wholeSections = !ref || ref.kind === 'range' || (ref.kind === 'sections' && !ref.labels.length);
  if (record.action === 'repeal' && !place && wholeSections) return repealSections;
  return amendSubdivision;
}

/**
 * The principal law as the amending instrument would leave it. Records are applied in order, each to the text
 * the earlier ones left. A record for another Act is listed as such; a record that cannot be applied exactly (its
 * target is not there, the words are not there, the place is ambiguous) is listed with the reason, and the text is
 * left as it was for it: nothing is guessed and nothing is dropped.
 */
export function consolidate(principal: IngestResult, amending: IngestResult): Consolidation {
  const draft = draftFrom(principal.provisions);
  const records = amending.instrument.amendments ?? [];
  const cutUnits = new Set(amending.instrument.report.warnings.filter((w) => w.code === 'LEXALIGN_WARN_TRUNCATED').map((w) => w.where ?? ''));
  const outcomes: RecordOutcome[] = records.map((record, index) => {
    const by = citeAmending(amending.instrument, amending.provisions, record.by);
    const base = {
      record: index,
      action: record.action,
      target: targetName(record),
      ...(record.provision ? { provision: record.provision } : {}),
      ...(record.position ? { position: record.position } : {}),
      by,
    };
    if (!amendsInstrument(record, principal.instrument, amending.instrument.jurisdiction)) {
      return { ...base, status: 'other-instrument' as const, reason: `amends the ${targetName(record)}, not this instrument`, changed: [] };
    }
    const ctx: ApplyContext = {
      draft,
      cut: cutUnits.has(amending.provisions.find((p) => p.eId === record.by)?.unit ?? ''),
      record,
      amending: amending.provisions,
      parts: principal.instrument.parts,
      by,
      change: (action, extra = {}): Change => ({ action, by, record: index, note: changeNote(action, by), ...extra }),
    };
    // An applier that fails leaves the draft as it found it: it checks everything before it changes anything.
    const result = applierFor(record)(ctx);
    if ('problem' in result) return { ...base, status: 'not-applied' as const, reason: result.problem, changed: [] };
    const status = result.partial ? ('partly-applied' as const) : ('applied' as const);
    return { ...base, status, ...(result.note ? { reason: result.note } : {}), changed: result.changed };
  });
  const count = (s: RecordOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  return {
    principal: { id: principal.instrument.id, title: principal.instrument.title },
    amending: { id: amending.instrument.id, title: amending.instrument.title, kind: amending.instrument.kind },
    provisions: draft,
    outcomes,
    summary: { records: records.length, applied: count('applied'), partlyApplied: count('partly-applied'), notApplied: count('not-applied'), otherInstrument: count('other-instrument') },
  };
}

/** Whether an instrument amends another at all (for the 4xx answer and for listing what amends a law). */
export function amendmentsOf(
  amending: Pick<IngestResult['instrument'], 'amendments' | 'jurisdiction'>,
  principal: Pick<IngestResult['instrument'], 'id' | 'title' | 'jurisdiction'>,
): number {
  return (amending.amendments ?? []).filter((r) => amendsInstrument(r, principal, amending.jurisdiction)).length;
}
