import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { consolidationToAkn } from '../../akn/consolidation-to-akn.ts';
import { amendedInstruments } from '../../consolidate/amended-instruments.ts';
import { amendmentsOf, consolidate } from '../../consolidate/consolidate.ts';
import { targetName } from '../../consolidate/target-instrument.ts';
import { lexError } from '../../errors.ts';
import { amendedBySchema, amendsSchema, asAmendedAknSchema, asAmendedSchema } from '../../schemas/consolidation.ts';
import type { Catalogue } from '../../services/catalogue.ts';

/** Both instruments, checked: both known (404), not the same, and the second amends the first (422). */
function pair(catalogue: Catalogue, id: string, amendingId: string) {
  const principal = catalogue.get(id).instrument;
  const amending = catalogue.get(amendingId).instrument;
  if (id === amendingId) throw lexError('NOT_AMENDING', `The ${amending.title}`, 'itself', '');
  if (!amendmentsOf(amending, principal)) {
    const named = [...new Set((amending.amendments ?? []).map(targetName))];
    throw lexError('NOT_AMENDING', `The ${amending.title}`, `the ${principal.title}`, named.length ? ` (it amends: ${named.join('; ')})` : ' (it makes no amendment to any Act)');
  }
  return { principal: catalogue.ingestResult(id), amending: catalogue.ingestResult(amendingId) };
}

const consolidation: FastifyPluginAsyncTypebox = async (app) => {
  const { catalogue } = app.services;

  app.get('/api/instruments/:id/as-amended-by/:amendingId', { schema: asAmendedSchema }, async (req) => {
    const { principal, amending } = pair(catalogue, req.params.id, req.params.amendingId);
    return consolidate(principal, amending);
  });

  app.get('/api/instruments/:id/as-amended-by/:amendingId/akn', { schema: asAmendedAknSchema }, async (req, reply) => {
    const { principal, amending } = pair(catalogue, req.params.id, req.params.amendingId);
    reply.type('application/akn+xml; charset=utf-8');
    return consolidationToAkn(principal.instrument, amending.instrument, consolidate(principal, amending));
  });

  app.get('/api/instruments/:id/amended-by', { schema: amendedBySchema }, async (req) => {
    const principal = catalogue.get(req.params.id).instrument;
    const amendedBy = catalogue
      .list()
      .filter((r) => r.id !== principal.id && r.instrument.amendments?.length)
      .map((r) => ({ id: r.id, title: r.instrument.title, kind: r.instrument.kind, year: r.instrument.year, records: amendmentsOf(r.instrument, principal) }))
      .filter((r) => r.records > 0);
    return { instrument: principal.id, amendedBy };
  });

  app.get('/api/instruments/:id/amends', { schema: amendsSchema }, async (req) => {
    const amending = catalogue.get(req.params.id).instrument;
    if (!amending.amendments?.length) return { instrument: amending.id, records: [], principals: [] };
    const library = catalogue.list().map((r) => r.instrument);
    return { instrument: amending.id, ...amendedInstruments(catalogue.ingestResult(amending.id), library) };
  });
};

export default consolidation;
