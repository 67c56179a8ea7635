import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { searchCsv } from '../../exports/search-csv.ts';
import { searchResponseJson } from '../../search/response-json.ts';
import { SEARCH_EXPORT_LIMIT, searchCsvSchema, searchSchema } from '../../schemas/search.ts';

const search: FastifyPluginAsyncTypebox = async (app) => {
  // The answer is written by searchResponseJson (server/search/response-json.ts): pure ASCII bytes, faster than
  // JSON.stringify and than the schema's compiled serialiser for its many short strings, and a Buffer the socket
  // sends as is (a string with one dash in it is re-encoded to UTF-8 on every write). tests/api/search.test.ts
  // checks the engine's answer is exactly the documented shape, so nothing undocumented can leak. Error answers
  // (400, 503) keep JSON.stringify. Fastify sends a Buffer from a serialiser as it is; its type says string.
  const serializerCompiler = ({ httpStatus }: { httpStatus?: string }) =>
    (httpStatus === '200' ? searchResponseJson : JSON.stringify) as (data: unknown) => string;
  app.get('/api/search', { schema: searchSchema, serializerCompiler }, async (req) => {
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
