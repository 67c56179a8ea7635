import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listVersionsSchema, versionDiffSchema } from '../../schemas/versions.ts';

const versions: FastifyPluginAsyncTypebox = async (app) => {
  const { versions: service } = app.services;

  app.get('/api/instruments/:id/versions', { schema: listVersionsSchema }, async (req) => ({ instrument: req.params.id, ...service.list(req.params.id) }));

  /** From the text `:id` to the text `:otherId`. */
  app.get('/api/instruments/:id/version-diff/:otherId', { schema: versionDiffSchema }, async (req) => service.diff(req.params.id, req.params.otherId));
};

export default versions;
