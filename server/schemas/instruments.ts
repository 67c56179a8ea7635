import { Type, type Static } from 'typebox';
import { errors, Id } from './common.ts';
import { Instrument } from './records/instrument.ts';

export const InstrumentSummary = Type.Object({
  id: Type.String(),
  title: Type.String(),
  jurisdiction: Type.String(),
  kind: Type.String(),
  year: Type.Union([Type.Integer(), Type.Null()]),
  language: Type.String(),
  role: Type.String(),
  collection: Type.String({ description: 'samples, corpus, extra (bulk folders) or upload' }),
  format: Type.String(),
  units: Type.String(),
  sections: Type.Integer({ description: 'Top-level units found' }),
  provisions: Type.Integer(),
  warnings: Type.Integer({ description: 'Ingestion warnings and differences from the arrangement of sections' }),
});
export type InstrumentSummary = Static<typeof InstrumentSummary>;

const ListInstrumentsQuery = Type.Object(
  {
    jurisdiction: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2,3}$' })),
    kind: Type.Optional(Type.String({ pattern: '^[a-z]{2,20}$' })),
    role: Type.Optional(Type.Union([Type.Literal('statute'), Type.Literal('template')])),
    year: Type.Optional(Type.Integer({ minimum: 1000, maximum: 3000 })),
    collection: Type.Optional(Type.Union([Type.Literal('samples'), Type.Literal('corpus'), Type.Literal('extra'), Type.Literal('upload')])),
  },
  { additionalProperties: false },
);

export const listInstrumentsSchema = {
  tags: ['instruments'],
  summary: 'List instruments',
  querystring: ListInstrumentsQuery,
  response: { 200: Type.Object({ total: Type.Integer(), instruments: Type.Array(InstrumentSummary) }), ...errors(400) },
};

const IdParams = Type.Object({ id: Id }, { additionalProperties: false });

export const getInstrumentSchema = {
  tags: ['instruments'],
  summary: 'One instrument: metadata, parts, arrangement of sections, ingestion report',
  params: IdParams,
  response: { 200: Type.Object({ instrument: Instrument, collection: Type.String() }), ...errors(400, 404) },
};

export const deleteInstrumentSchema = {
  tags: ['instruments'],
  summary: 'Delete an uploaded instrument (its reviews are kept)',
  params: IdParams,
  response: { 200: Type.Object({ deleted: Type.String() }), ...errors(400, 404, 409) },
};

export const uploadInstrumentSchema = {
  tags: ['instruments'],
  summary: 'Upload a statute (multipart: file, and optional title, jurisdiction, year, kind, versionOf)',
  consumes: ['multipart/form-data'],
  response: {
    201: Type.Object({ instrument: Instrument, provisions: Type.Integer({ description: 'Provisions found' }) }),
    ...errors(400, 403, 404, 409, 413, 415, 422, 503),
  },
};

/** Metadata fields a user may send with an upload; anything else is refused. */
export const UploadFields = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    jurisdiction: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2,3}$' })),
    year: Type.Optional(Type.String({ pattern: '^[0-9]{4}$' })),
    kind: Type.Optional(Type.Union(['act', 'bill', 'revised', 'treaty', 'model', 'chapter', 'regulation', 'resolution', 'other'].map((k) => Type.Literal(k)))),
    versionOf: Type.Optional(Type.String({ pattern: '^(?!.*\\.\\.)[A-Za-z0-9][A-Za-z0-9._-]{0,199}$', description: 'Keep the file as a new version of this instrument (id) instead of refusing a name already taken' })),
  },
  { additionalProperties: false },
);
export type UploadFields = Static<typeof UploadFields>;
