import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { searchCsv } from '../../exports/search-csv.ts';
import { SEARCH_EXPORT_LIMIT, searchCsvSchema, searchSchema } from '../../schemas/search.ts';

const search: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/search', { schema: searchSchema }, async (req, reply) => {
    const { q, page = 1, size = 20, group, synonyms, match, ...filters } = req.query;
    // `Cache-Control: no-cache` asks for the search to be run again rather than a recent answer sent.
    const fresh = /\bno-cache\b/i.test(req.headers['cache-control'] ?? '');
    const body = app.services.search.answer(
      { q, filters, page, size, ...(group ? { group } : {}), ...(synonyms === undefined ? {} : { synonyms }), ...(match ? { match } : {}) },
      { fresh },
    );
    // Ready JSON bytes (server/search/response-json.ts, pure ASCII): Fastify sends a Buffer as is, with no
    // serialisation or encoding per read. tests/api/search.test.ts checks they are exactly the documented shape.
    return reply.type('application/json; charset=utf-8').send(body as never);
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
