import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { editionSchema } from '../../schemas/edition.ts';
import type { Edition } from '../../services/edition.ts';
import { loadEditions } from '../../services/editions.ts';

const editions: FastifyPluginAsyncTypebox = async (app) => {
  const { catalogue, corpusManifest } = app.services;
  let known: Map<string, Edition> | null = null;

  // Stage (the record's kind), as-at date, official source and suspended provisions of one instrument.
  app.get('/api/instruments/:id/edition', { schema: editionSchema }, async (req) => {
    const { instrument } = catalogue.get(req.params.id);
    known ??= loadEditions(corpusManifest);
    return { instrument: instrument.id, kind: instrument.kind, ...(known.get(instrument.id) ?? {}) };
  });
};

export default editions;
