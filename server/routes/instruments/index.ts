import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { MultipartFile } from '@fastify/multipart';
import { Value } from 'typebox/value';
import { lexError, LexAlignError } from '../../errors.ts';
import {
  deleteInstrumentSchema,
  getInstrumentSchema,
  listInstrumentsSchema,
  uploadInstrumentSchema,
  UploadFields,
} from '../../schemas/instruments.ts';
import type { InstrumentKind, InstrumentMeta } from '../../ingest/types.ts';
import { summarise } from './summary.ts';

/**
 * busboy's own errors ("Unexpected end of form", "Malformed part header") are plain Errors with no status: they
 * mean the client sent a broken body, a 400, not our fault. Coded and Fastify errors (the 413 limits) pass as they are.
 */
function malformedMultipart(error: unknown): unknown {
  if (error instanceof LexAlignError) return error;
  const e = error as { code?: unknown; statusCode?: unknown };
  if (typeof e?.code === 'string' && e.code.startsWith('FST_')) return error;
  if (typeof e?.statusCode === 'number' && e.statusCode < 500) return error;
  return lexError('BAD_REQUEST', 'the multipart/form-data body is malformed');
}

const instruments: FastifyPluginAsyncTypebox = async (app) => {
  const { catalogue, search, uploads } = app.services;

  app.get('/api/instruments', { schema: listInstrumentsSchema }, async (req) => {
    const { jurisdiction, kind, role, year, collection } = req.query;
    const list = catalogue
      .list()
      .filter((r) => !jurisdiction || r.instrument.jurisdiction === jurisdiction.toUpperCase())
      .filter((r) => !kind || r.instrument.kind === kind)
      .filter((r) => !role || r.instrument.role === role)
      .filter((r) => !year || r.instrument.year === year)
      .filter((r) => !collection || r.collection === collection)
      .map(summarise);
    return { total: list.length, instruments: list };
  });

  app.get('/api/instruments/:id', { schema: getInstrumentSchema }, async (req) => {
    const row = catalogue.get(req.params.id);
    return { instrument: row.instrument, collection: row.collection };
  });

  app.delete('/api/instruments/:id', { schema: deleteInstrumentSchema }, async (req) => {
    catalogue.remove(req.params.id);
    search.remove(req.params.id);
    return { deleted: req.params.id };
  });

  app.post('/api/instruments', { schema: uploadInstrumentSchema }, async (req, reply) => {
    if (!req.isMultipart()) throw lexError('BAD_REQUEST', 'send the file as multipart/form-data with a "file" field');
    const fields: Record<string, string> = {};
    let file: { name: string; bytes: Buffer } | null = null;
    try {
      for await (const part of req.parts()) {
        if (part.type === 'file') {
          if (part.fieldname !== 'file' || file) {
            await (part as MultipartFile).toBuffer().catch(() => undefined);
            throw lexError('BAD_REQUEST', 'send exactly one file, in the "file" field');
          }
          // toBuffer throws the 413 error when the file passes the configured limit.
          file = { name: part.filename, bytes: await part.toBuffer() };
        } else {
          fields[part.fieldname] = String(part.value);
        }
      }
    } catch (error) {
      throw malformedMultipart(error);
    }
    if (!file) throw lexError('BAD_REQUEST', 'no "file" field in the upload');
    if (!Value.Check(UploadFields, fields)) {
      const first = [...Value.Errors(UploadFields, fields)][0];
      throw lexError('BAD_REQUEST', `upload field ${first?.instancePath || ''} ${first?.message ?? 'is not valid'}`.replace(/\s+/g, ' '));
    }
    const meta: Partial<InstrumentMeta> = {};
    if (fields.title) meta.title = fields.title;
    if (fields.jurisdiction) meta.jurisdiction = fields.jurisdiction.toUpperCase();
    if (fields.year) meta.year = Number(fields.year);
    if (fields.kind) meta.kind = fields.kind as InstrumentKind;
    const result = await uploads.upload({ bytes: file.bytes, fileName: file.name, meta, ...(fields.versionOf ? { versionOf: fields.versionOf } : {}) });
    reply.code(201);
    return { instrument: result.instrument, provisions: result.provisions.length };
  });
};

export default instruments;
