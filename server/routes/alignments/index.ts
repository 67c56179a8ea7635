import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { alignmentSchema } from '../../schemas/alignments.ts';
import { templateId } from '../template-id.ts';

const alignments: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/alignments/:instrumentId', { schema: alignmentSchema }, async (req, reply) => {
    const { json } = await app.services.alignments.table(req.params.instrumentId, templateId(app, req.query));
    // Ready JSON, kept until a review or a new text changes it: no recomputation on a read.
    return reply.type('application/json; charset=utf-8').send(json as never); // already serialised: Fastify sends a string as is
  });
};

export default alignments;
