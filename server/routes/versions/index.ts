import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { lexError } from '../../errors.ts';
import { carriedReviewsSchema, listVersionsSchema, versionDiffSchema } from '../../schemas/versions.ts';
import { templateId } from '../template-id.ts';

const versions: FastifyPluginAsyncTypebox = async (app) => {
  const { versions: service, templates } = app.services;

  app.get('/api/instruments/:id/versions', { schema: listVersionsSchema }, async (req) => ({ instrument: req.params.id, ...service.list(req.params.id) }));

  /** From the text `:id` to the text `:otherId`. */
  app.get('/api/instruments/:id/version-diff/:otherId', { schema: versionDiffSchema }, async (req) => service.diff(req.params.id, req.params.otherId));

  /** Reviews of the earlier versions, read-only, with whether each still applies to this text. */
  app.get('/api/instruments/:id/reviews/carried', { schema: carriedReviewsSchema }, async (req) => {
    const template = templateId(app, req.query);
    if (!templates.has(template)) throw lexError('UNKNOWN_TEMPLATE', template);
    return { instrument: req.params.id, template, cells: service.carriedReviews(req.params.id, template) };
  });
};

export default versions;
