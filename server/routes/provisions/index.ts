import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { instrumentToAkn } from '../../akn/instrument-to-akn.ts';
import { aknSchema, getProvisionSchema, listProvisionsSchema } from '../../schemas/provisions.ts';

const provisions: FastifyPluginAsyncTypebox = async (app) => {
  const { catalogue } = app.services;

  app.get('/api/instruments/:id/provisions', { schema: listProvisionsSchema }, async (req) => {
    const list = catalogue.provisions(req.params.id);
    return { instrument: req.params.id, total: list.length, provisions: list };
  });

  app.get('/api/instruments/:id/provisions/:eId', { schema: getProvisionSchema }, async (req) => {
    const provision = catalogue.provision(req.params.id, req.params.eId);
    return { instrument: req.params.id, provision };
  });

  app.get('/api/instruments/:id/akn', { schema: aknSchema }, async (req, reply) => {
    const row = catalogue.get(req.params.id);
    reply.type('application/akn+xml; charset=utf-8');
    return instrumentToAkn(row.instrument, catalogue.provisions(req.params.id));
  });
};

export default provisions;
