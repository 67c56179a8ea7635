import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { healthSchema } from '../../schemas/health.ts';

const health: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/health', { schema: healthSchema }, async () => {
    const { catalogue, templates, startup } = app.services;
    return {
      status: 'ok' as const,
      instruments: catalogue.list().length,
      templates: templates.list().length,
      startup: {
        ms: startup.ms,
        ingested: startup.sync.ingested,
        unchanged: startup.sync.unchanged,
        failed: startup.sync.failed.length,
        searchRebuilt: startup.search?.rebuilt ?? false,
      },
    };
  });
};

export default health;
