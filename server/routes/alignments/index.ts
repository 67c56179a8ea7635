import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { alignmentSchema } from '../../schemas/alignments.ts';
import { templateId } from '../template-id.ts';

const alignments: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/alignments/:instrumentId', { schema: alignmentSchema }, async (req, reply) => {
    const { body } = await app.services.alignments.table(req.params.instrumentId, templateId(app, req.query));
    // Ready JSON bytes, kept until a review or a new text changes it: no recomputation or encoding on a read.
    return reply.type('application/json; charset=utf-8').send(body as never);
  });
};

export default alignments;
