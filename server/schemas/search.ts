import { Type } from 'typebox';
import { errors } from './common.ts';

export const searchSchema = {
  tags: ['search'],
  summary: 'Full-text search over provisions, with facets and highlighted snippets',
  querystring: Type.Object(
    {
      q: Type.String({ minLength: 1, maxLength: 500 }),
      jurisdiction: Type.Optional(Type.String({ maxLength: 10 })),
      instrument: Type.Optional(Type.String({ maxLength: 200 })),
      kind: Type.Optional(Type.String({ maxLength: 40 })),
      part: Type.Optional(Type.String({ maxLength: 300 })),
      article: Type.Optional(Type.String({ maxLength: 20 })),
      page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 1 })),
      size: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
      group: Type.Optional(
        Type.Union([Type.Literal('provision'), Type.Literal('unit')], {
          description: '`unit` gives one hit per section (its best provision) instead of one per provision',
        }),
      ),
      synonyms: Type.Optional(Type.Boolean({ description: 'false searches the words exactly as typed, without legal synonyms' })),
    },
    { additionalProperties: false },
  ),
  response: {
    200: Type.Object({
      total: Type.Integer(),
      page: Type.Integer(),
      size: Type.Integer(),
      hits: Type.Array(
        Type.Object({
          instrument: Type.String(),
          eId: Type.String(),
          num: Type.String(),
          unit: Type.String(),
          heading: Type.String(),
          citation: Type.String(),
          snippet: Type.Array(Type.Object({ text: Type.String(), highlight: Type.Boolean() })),
          score: Type.Number(),
        }),
      ),
      facets: Type.Record(Type.String(), Type.Array(Type.Object({ value: Type.String(), label: Type.String(), count: Type.Integer() }))),
    }),
    ...errors(400, 503),
  },
};
