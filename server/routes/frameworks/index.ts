import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { scoreSentences } from '../../matrix/harmonisation-score.ts';
import { getFrameworkSchema, listFrameworksSchema, overviewSchema, putFrameworkInstrumentSchema } from '../../schemas/frameworks.ts';
import { templateId } from '../template-id.ts';
import { presentFramework } from './present.ts';

const frameworks: FastifyPluginAsyncTypebox = async (app) => {
  const { frameworks: service } = app.services;

  app.get('/api/frameworks', { schema: listFrameworksSchema }, async () => ({ frameworks: service.list() }));

  app.get('/api/frameworks/:jurisdiction', { schema: getFrameworkSchema }, async (req) =>
    presentFramework(await service.get(req.params.jurisdiction, templateId(app, req.query))),
  );

  // Saved at once (synchronous=FULL): the choice survives a restart, like a review.
  app.put('/api/frameworks/:jurisdiction/instruments/:instrumentId', { schema: putFrameworkInstrumentSchema }, async (req) =>
    service.setIncluded(req.params.jurisdiction, req.params.instrumentId, req.body.included),
  );

  app.get('/api/overview', { schema: overviewSchema }, async (req) => ({
    ...(await service.overview(templateId(app, req.query), req.query.jurisdictions?.split(','))),
    scores: { ...scoreSentences },
  }));
};

export default frameworks;
