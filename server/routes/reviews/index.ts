import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getReviewsSchema, putReviewSchema } from '../../schemas/alignments.ts';
import { templateId } from '../template-id.ts';

const reviews: FastifyPluginAsyncTypebox = async (app) => {
  const { alignments } = app.services;

  app.get('/api/reviews/:instrumentId/:article', { schema: getReviewsSchema }, async (req) => ({
    history: alignments.history(req.params.instrumentId, templateId(app, req.query), req.params.article),
  }));

  // The store commits with synchronous=FULL before this answers: a 200 means the review is on disk.
  // With accounts on, the review records the signed-in account, whatever name the body gives.
  app.put('/api/reviews/:instrumentId/:article', { schema: putReviewSchema }, async (req) => ({
    review: await alignments.review(req.params.instrumentId, templateId(app, req.query), req.params.article, {
      ...req.body,
      author: req.account?.name ?? req.body.author ?? '',
    }),
  }));
};

export default reviews;
