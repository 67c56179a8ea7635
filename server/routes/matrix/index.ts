import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { matrixSchema } from '../../schemas/alignments.ts';
import type { Collection } from '../../store/types.ts';
import { templateId } from '../template-id.ts';

const matrix: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/matrix', { schema: matrixSchema }, async (req, reply) => {
    const { body } = await app.services.matrix.get({
      template: templateId(app, req.query),
      jurisdiction: req.query.jurisdiction,
      group: req.query.group,
      collections: req.query.collection?.split(',') as Collection[] | undefined,
      rows: req.query.rows,
    });
    // Ready JSON bytes: Fastify sends a Buffer as is, with no serialisation or encoding per read.
    return reply.type('application/json; charset=utf-8').send(body as never);
  });
};

export default matrix;
