import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { searchSchema } from '../../schemas/search.ts';

const search: FastifyPluginAsyncTypebox = async (app) => {
  // The answer is built field by field to this schema (search-hit.ts, facet-counter.ts), and its snippets are many
  // short strings with quotes, which JSON.stringify writes faster than the schema's compiled serialiser: about
  // 0.1 ms a request, a fifth of the route's CPU. tests/api/search.test.ts checks the engine's answer is exactly the
  // documented shape, so nothing undocumented can leak.
  app.get('/api/search', { schema: searchSchema, serializerCompiler: () => JSON.stringify }, async (req) => {
    const { q, page = 1, size = 20, group, synonyms, ...filters } = req.query;
    return app.services.search.query({ q, filters, page, size, ...(group ? { group } : {}), ...(synonyms === undefined ? {} : { synonyms }) });
  });
};

export default search;
