import { Type, type Static } from 'typebox';
import type * as Ingest from '../../ingest/types.ts';
import type { SameShape } from './type-equality.ts';
import { AmendmentRecord } from './amendment.ts';

/** An instrument and its ingestion report as ingestion records them (server/ingest/types.ts, docs/ingestion.md). */

const InstrumentKind = Type.Enum(['act', 'bill', 'revised', 'treaty', 'model', 'chapter', 'regulation', 'resolution', 'other']);

const TocEntry = Type.Object({
  unit: Type.String({ description: 'Top-level unit number as printed' }),
  heading: Type.String(),
  part: Type.Optional(Type.String()),
});

const IngestWarning = Type.Object({
  code: Type.String(),
  message: Type.String(),
  where: Type.Optional(Type.String({ description: 'Unit or line the warning is about' })),
});

export const IngestReport = Type.Object(
  {
    units: Type.Array(Type.Object({ unit: Type.String(), heading: Type.Optional(Type.String()) }), { description: 'Top-level units found in the body, in order' }),
    toc: Type.Union([Type.Array(TocEntry), Type.Null()], { description: 'The arrangement of sections, when the text has one' }),
    missing: Type.Array(Type.String(), { description: 'In the arrangement, not in the body' }),
    extra: Type.Array(Type.String(), { description: 'In the body, not in the arrangement' }),
    renumbered: Type.Array(Type.Object({ toc: Type.String(), body: Type.String(), heading: Type.String() })),
    gaps: Type.Array(Type.String(), { description: 'Numbering gaps in the body (12 then 14)' }),
    duplicates: Type.Array(Type.String()),
    unassigned: Type.Array(Type.String(), { description: 'Excerpts of text assigned to no unit' }),
    warnings: Type.Array(IngestWarning),
    stats: Type.Object({ provisions: Type.Integer(), definitions: Type.Integer(), penalties: Type.Integer(), chars: Type.Integer(), ms: Type.Number() }),
  },
  { description: 'How far to trust the parse (docs/ingestion.md)' },
);
export type IngestReport = Static<typeof IngestReport>;

export const Instrument = Type.Object(
  {
    id: Type.String(),
    title: Type.String(),
    jurisdiction: Type.String({ description: 'ISO 3166 alpha-2, `INT` for treaties, `XX` when unknown' }),
    kind: InstrumentKind,
    year: Type.Union([Type.Integer(), Type.Null()]),
    language: Type.String(),
    role: Type.Enum(['statute', 'template']),
    inferred: Type.Array(Type.Enum(['title', 'jurisdiction', 'year', 'kind']), { description: 'Fields inferred from the text rather than given' }),
    origin: Type.Enum(['manifest', 'frontmatter', 'inferred', 'upload']),
    source: Type.Object({ file: Type.String(), format: Type.Enum(['md', 'txt', 'html', 'json', 'pdf', 'docx']), sha256: Type.String(), bytes: Type.Integer() }),
    work: Type.String({ description: 'Akoma Ntoso-style work IRI: `/akn/ke/act/2018/...`' }),
    parts: Type.Array(Type.Object({ eId: Type.String(), type: Type.Enum(['part', 'chapter', 'schedule']), num: Type.String(), heading: Type.Optional(Type.String()) })),
    toc: Type.Union([Type.Array(TocEntry), Type.Null()]),
    report: IngestReport,
    units: Type.Enum(['sections', 'articles', 'subsections']),
    amendments: Type.Optional(Type.Array(AmendmentRecord, { description: 'What an amending Act or Bill does to other Acts' })),
  },
  { description: 'An instrument with its ingestion report (server/ingest/types.ts)' },
);
export type Instrument = Static<typeof Instrument>;

const kindMatches: SameShape<Static<typeof InstrumentKind>, Ingest.InstrumentKind> = true;
const reportMatches: SameShape<IngestReport, Ingest.IngestReport> = true;
const instrumentMatches: SameShape<Instrument, Ingest.Instrument> = true;
void [kindMatches, reportMatches, instrumentMatches];
