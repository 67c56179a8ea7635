import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { searchCsv } from '../../exports/search-csv.ts';
import { SEARCH_EXPORT_LIMIT, searchCsvSchema, searchSchema } from '../../schemas/search.ts';

const search: FastifyPluginAsyncTypebox = async (app) => {
  // The answer is built field by field to this schema (search-hit.ts, facet-counter.ts), and its snippets are many
  // short strings with quotes, which JSON.stringify writes faster than the schema's compiled serialiser: about
  // 0.1 ms a request, a fifth of the route's CPU. tests/api/search.test.ts checks the engine's answer is exactly the
  // documented shape, so nothing undocumented can leak.
  app.get('/api/search', { schema: searchSchema, serializerCompiler: () => JSON.stringify }, async (req) => {
    const { q, page = 1, size = 20, group, synonyms, match, ...filters } = req.query;
    return app.services.search.query({ q, filters, page, size, ...(group ? { group } : {}), ...(synonyms === undefined ? {} : { synonyms }), ...(match ? { match } : {}) });
  });

  app.get('/api/search.csv', { schema: searchCsvSchema }, async (req, reply) => {
    const { q, group, synonyms, match, ...filters } = req.query;
    const { total, hits } = app.services.search.exportHits(
      { q, filters, ...(group ? { group } : {}), ...(synonyms === undefined ? {} : { synonyms }), ...(match ? { match } : {}) },
      SEARCH_EXPORT_LIMIT,
    );
    // How many matched in all, so that a client can say "the first 1,000 of 3,412".
    reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="search-results.csv"').header('x-lexalign-total', String(total));
    return searchCsv(hits);
  });
};

export default search;
