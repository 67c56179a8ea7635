import { createHash } from 'node:crypto';
import type { IngestResult, IngestWarning, InstrumentMeta, SourceFormat, TocEntry } from '../types.ts';
import type { UnitDraft } from '../structure/types.ts';
import { buildReport } from './ingest-report.ts';
import { Errors } from '../../errors.ts';
import { amendmentRecords, tableAmendments } from './amendment-records.ts';
import type { QuotedText } from './place-quotations.ts';
import { provisionRecords } from './provision-records.ts';
import { pushAll } from '../../large-arrays.ts';

interface AssembleInput {
  meta: InstrumentMeta;
  units: UnitDraft[];
  kind: 'sections' | 'articles' | 'subsections';
  toc: TocEntry[] | null;
  unassigned: string[];
  warnings: IngestWarning[];
  source: { file: string; format: SourceFormat; bytes: Uint8Array | string };
  chars: number;
  started: number;
}

/** Akoma Ntoso-style work IRI: /akn/<country>/<kind>/<year>/<id>. */
function workIri(meta: InstrumentMeta): string {
  return `/akn/${meta.jurisdiction.toLowerCase()}/${meta.kind}/${meta.year ?? 'unknown'}/${meta.id}`;
}

export function assemble(input: AssembleInput): IngestResult {
  if (input.units.length === 0) {
    throw new Errors.NO_PROVISIONS(`No numbered sections, articles or subsections were found in ${input.source.file}.`);
  }
  // The jurisdiction tells extractPenalties which currency a bare "$" is (a Barbados dollar in a Barbados Act).
  const jurisdiction = /^[A-Z]{2}$/.test(input.meta.jurisdiction) && input.meta.jurisdiction !== 'XX' ? input.meta.jurisdiction : undefined;
  const quoted: QuotedText[] = [];
  const provisions = provisionRecords(input.units, input.kind === 'subsections' ? 'uscode' : 'commonwealth', input.warnings, jurisdiction, quoted);
  const amendments = amendmentRecords(provisions, quoted);
  for (const u of input.units) {
    const by = u.table && provisions.find((p) => p.unit === u.num && p.level === 0)?.eId;
    if (u.table && by) pushAll(amendments, tableAmendments(u.table, by));
  }
  const bytes = typeof input.source.bytes === 'string' ? new TextEncoder().encode(input.source.bytes) : input.source.bytes;
  const parts = new Map<string, IngestResult['instrument']['parts'][number]>();
  for (const u of input.units) {
    for (const g of u.groups) if (!parts.has(g.eId)) parts.set(g.eId, { eId: g.eId, type: g.type === 'chapter' ? 'chapter' : 'part', num: g.num, ...(g.heading ? { heading: g.heading } : {}) });
    if (u.type === 'schedule') parts.set(u.num, { eId: provisions.find((p) => p.unit === u.num && p.level === 0)?.eId ?? 'sch', type: 'schedule', num: u.num, ...(u.heading ? { heading: u.heading } : {}) });
  }
  const report = buildReport({ provisions, toc: input.toc, unassigned: input.unassigned, warnings: input.warnings, chars: input.chars, ms: 0 });
  report.stats.ms = Math.round(performance.now() - input.started);
  return {
    instrument: {
      ...input.meta,
      source: { file: input.source.file, format: input.source.format, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length },
      work: workIri(input.meta),
      parts: [...parts.values()],
      toc: input.toc,
      report,
      units: input.kind,
      ...(amendments.length ? { amendments } : {}),
    },
    provisions,
  };
}
