import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { healthSchema } from '../../schemas/health.ts';

const health: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/health', { schema: healthSchema, config: { access: 'public' } }, async () => {
    const { catalogue, templates, startup, store } = app.services;
    const state = store.state();
    return {
      status: state.integrity === 'ok' ? ('ok' as const) : ('degraded' as const),
      store: state,
      instruments: catalogue.list().length,
      templates: templates.list().length,
      startup: {
        ms: startup.ms,
        ingested: startup.sync.ingested,
        unchanged: startup.sync.unchanged,
        failed: startup.sync.failed.length,
        searchRebuilt: startup.search?.rebuilt ?? false,
      },
      uploadLimitBytes: app.services.config.uploadLimitBytes,
    };
  });
};

export default health;
