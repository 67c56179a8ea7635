import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { searchSchema } from '../../schemas/search.ts';

const search: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/search', { schema: searchSchema }, async (req) => {
    const { q, page = 1, size = 20, group, synonyms, ...filters } = req.query;
    return app.services.search.query({ q, filters, page, size, ...(group ? { group } : {}), ...(synonyms === undefined ? {} : { synonyms }) });
  });
};

export default search;
