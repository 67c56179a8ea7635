import type { InstrumentRow } from '../../store/types.ts';
import type { InstrumentSummary } from '../../schemas/instruments.ts';

/** What the list shows of an instrument: enough to choose one and to see whether to trust its parse. */
export function summarise(row: InstrumentRow): InstrumentSummary {
  const i = row.instrument;
  const r = i.report;
  return {
    id: i.id,
    title: i.title,
    jurisdiction: i.jurisdiction,
    kind: i.kind,
    year: i.year,
    language: i.language,
    role: i.role,
    collection: row.collection,
    format: i.source.format,
    units: i.units,
    sections: r.units.length,
    provisions: r.stats.provisions,
    warnings: r.warnings.length + r.missing.length + r.extra.length + r.renumbered.length + r.gaps.length + r.duplicates.length,
  };
}
