import { Type } from 'typebox';
import { FACET_NAMES, type FacetName } from '../search/types.ts';
import { errors } from './common.ts';

const Segment = Type.Object({ text: Type.String(), highlight: Type.Boolean() });
const FacetValue = Type.Object({ value: Type.String(), label: Type.String(), count: Type.Integer() });
/** A facet filter: repeat the parameter for several values (OR within a facet, AND across facets). */
const Facet = (maxLength: number) =>
  Type.Optional(Type.Array(Type.String({ maxLength }), { maxItems: 50, description: 'Repeat the parameter for several values' }));

/** What to search and how: shared by the JSON search and its CSV export. */
const searchParams = {
  q: Type.String({
    minLength: 1,
    maxLength: 500,
    description: 'Words (all required by default), "phrases", AND / OR / NOT, field:word (heading, defines, context, text, title), +word, -word, word*, word~1',
  }),
  jurisdiction: Facet(10),
  instrument: Facet(200),
  kind: Facet(40),
  part: Facet(300),
  article: Facet(20),
  group: Type.Optional(
    Type.Union([Type.Literal('provision'), Type.Literal('unit')], {
      description: '`unit` gives one hit per section (its best provision) instead of one per provision',
    }),
  ),
  synonyms: Type.Optional(Type.Boolean({ description: 'false searches the words exactly as typed, without legal synonyms' })),
  match: Type.Optional(
    Type.Union([Type.Literal('all'), Type.Literal('any')], {
      description:
        '`all` (default): every word, or a synonym of it, must occur; with no such provision the words are searched as `any` and a note says so. `any`: any of the words, provisions with more of them first',
    }),
  ),
};

/** At most this many hits go into a CSV export (the first, best first). */
export const SEARCH_EXPORT_LIMIT = 1000;

export const searchSchema = {
  tags: ['search'],
  summary: 'Full-text search over provisions, with facets and highlighted snippets',
  description:
    'A search made again before the index changes (an upload or a deletion) is answered from the recent answers, without being run again. A request with `Cache-Control: no-cache` is always run.',
  querystring: Type.Object(
    {
      ...searchParams,
      page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 1 })),
      size: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    },
    { additionalProperties: false },
  ),
  response: {
    200: Type.Object({
      total: Type.Integer({ description: 'Matching provisions (units with group=unit)' }),
      page: Type.Integer(),
      size: Type.Integer(),
      hits: Type.Array(
        Type.Object({
          instrument: Type.String(),
          instrumentTitle: Type.String(),
          jurisdiction: Type.String(),
          eId: Type.String(),
          num: Type.String(),
          unit: Type.String(),
          heading: Type.Optional(Type.String()),
          headingSnippet: Type.Optional(Type.Array(Segment, { description: 'The heading with matched words marked' })),
          citation: Type.String({ description: 'How a lawyer cites it: s. 4(1)(a)' }),
          snippet: Type.Array(Segment, { description: 'Plain-text pieces; `highlight` marks matched words. Never HTML.' }),
          score: Type.Number(),
          kind: Type.Optional(Type.String()),
          part: Type.Optional(Type.String()),
        }),
      ),
      facets: Type.Object(Object.fromEntries(FACET_NAMES.map((f) => [f, Type.Array(FacetValue)])) as Record<FacetName, ReturnType<typeof Type.Array<typeof FacetValue>>>),
      notes: Type.Optional(Type.Array(Type.String(), { description: 'How the query was read, for a person ("ignored common words: the, of")' })),
    }),
    ...errors(400, 503),
  },
};

export const searchCsvSchema = {
  tags: ['search'],
  summary: `Search results as CSV (UTF-8 with BOM): the first ${SEARCH_EXPORT_LIMIT} hits, best first, with citation, heading, Part and excerpt`,
  querystring: Type.Object(searchParams, { additionalProperties: false }),
  produces: ['text/csv'],
  response: { 200: Type.String(), ...errors(400, 503) },
};
