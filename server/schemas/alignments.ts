import { Type } from 'typebox';
import { Article, errors, Id, Status, TemplateQuery } from './common.ts';
import { CorrelationTable } from './records/correlation-table.ts';
import { DiffMode, StructuredDiff } from './compare.ts';

export const alignmentSchema = {
  tags: ['alignments'],
  summary: 'The correlation table (contract shape) with reviewed values merged as `reviewed`',
  params: Type.Object({ instrumentId: Id }, { additionalProperties: false }),
  querystring: TemplateQuery,
  response: { 200: CorrelationTable, ...errors(400, 404) },
};

const Counts = Type.Object({ covered: Type.Integer(), partial: Type.Integer(), missing: Type.Integer() });

export const matrixSchema = {
  tags: ['alignments'],
  summary: 'Instruments × template articles with totals and harmonisation scores',
  querystring: Type.Object(
    {
      template: Type.Optional(Id),
      jurisdiction: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2,3}$' })),
      group: Type.Optional(Type.Union(['definitions', 'substantive', 'ancillary', 'procedural', 'jurisdiction', 'cooperation'].map((g) => Type.Literal(g)))),
      collection: Type.Optional(Type.String({ maxLength: 40, pattern: '^(samples|corpus|extra|upload)(,(samples|corpus|extra|upload))*$', description: 'Comma-separated; default all but extra' })),
      rows: Type.Optional(Type.Union([Type.Literal('instrument'), Type.Literal('jurisdiction')], { description: 'One row per statute (default) or per jurisdiction\'s framework' })),
    },
    { additionalProperties: false },
  ),
  response: {
    200: Type.Object({
      template: Type.String(),
      rowsBy: Type.Optional(Type.Union([Type.Literal('instrument'), Type.Literal('jurisdiction')])),
      scoring: Type.String(),
      scores: Type.Object({ withoutOptions: Type.String(), withOptions: Type.String() }, { description: 'One sentence per score' }),
      columns: Type.Array(Type.Object({ article: Type.String(), title: Type.String(), group: Type.String(), chapter: Type.String(), obligation: Type.String(), totals: Counts })),
      rows: Type.Array(
        Type.Object({
          instrument: Type.String(),
          title: Type.String(),
          jurisdiction: Type.String(),
          kind: Type.String(),
          year: Type.Union([Type.Integer(), Type.Null()]),
          cells: Type.Record(
            Type.String(),
            Type.Object({
              status: Status,
              provisions: Type.Array(Type.String()),
              reviewed: Type.Boolean(),
              from: Type.Optional(Type.Array(Type.String(), { description: 'Framework rows: instruments implementing the article, best first' })),
              combined: Type.Optional(Type.Literal(true, { description: 'Framework rows: covered only by reading two instruments together' })),
            }),
          ),
          totals: Counts,
          score: Type.Union([Type.Number(), Type.Null()]),
          scoreAll: Type.Union([Type.Number(), Type.Null()], { description: 'The score counting reservable paragraphs too' }),
          sample: Type.Optional(Type.Literal(true, { description: 'A sample statute of a made-up state' })),
          instruments: Type.Optional(Type.Array(Type.Object({ id: Type.String(), title: Type.String(), kind: Type.String() }))),
        }),
      ),
      totals: Counts,
      errors: Type.Array(Type.Object({ instrument: Type.String(), reason: Type.String() })),
    }),
    ...errors(400, 404),
  },
};

const Segment = Type.Object({ text: Type.String(), op: Type.Union([Type.Literal('equal'), Type.Literal('insert'), Type.Literal('delete')]) });

export const diffSchema = {
  tags: ['alignments'],
  summary: 'Diff of two provisions, or of a provision against a template article, keeping subsections and paragraphs',
  querystring: Type.Object(
    {
      left: Type.String({ pattern: '^[A-Za-z0-9._-]{1,200}:[A-Za-z0-9._-]{1,300}$', description: '<instrument>:<eId>' }),
      right: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9._-]{1,200}:[A-Za-z0-9._-]{1,300}$' })),
      template: Type.Optional(Id),
      article: Type.Optional(Article),
      mode: Type.Optional(DiffMode),
    },
    { additionalProperties: false },
  ),
  response: {
    200: Type.Object({
      left: Type.Object({ label: Type.String(), text: Type.String() }),
      right: Type.Object({ label: Type.String(), text: Type.String() }),
      mode: DiffMode,
      similarity: Type.Number(),
      segments: Type.Array(Segment, { description: 'Word diff of the two texts run together (kept for older clients)' }),
      blocks: StructuredDiff,
    }),
    ...errors(400, 404),
  },
};

export const Review = Type.Object({
  id: Type.Integer(),
  instrument: Type.String(),
  template: Type.String(),
  article: Type.String(),
  author: Type.String(),
  time: Type.String(),
  status: Status,
  provisions: Type.Array(Type.String()),
  note: Type.Optional(Type.String()),
  pinpoints: Type.Optional(Type.Array(Type.String(), { description: 'The provisions as the reviewer cited them, resolved: "3(1)(a)"' })),
  elementNotes: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'A note per element of the article, by element id' })),
  machine: Type.Object({ status: Status, provisions: Type.Array(Type.String()) }),
  previous: Type.Union([
    Type.Object({ status: Status, provisions: Type.Array(Type.String()), note: Type.Optional(Type.String()), author: Type.String(), time: Type.String() }),
    Type.Null(),
  ]),
});

const ReviewParams = Type.Object({ instrumentId: Id, article: Article }, { additionalProperties: false });

const ReviewBody = Type.Object(
  {
    author: Type.Optional(Type.String({ minLength: 1, maxLength: 120, description: "The reviewer's name; required without accounts, ignored with them (the signed-in account is recorded)" })),
    status: Status,
    provisions: Type.Array(Type.String({ pattern: '^[A-Za-z0-9 ().§-]{1,60}$', description: 'Units or pinpoints as a lawyer cites them: "14", "s. 3(1)(a)", "cl. 8(2)"' }), {
      maxItems: 50,
    }),
    note: Type.Optional(Type.String({ maxLength: 4000 })),
    elementNotes: Type.Optional(
      Type.Record(Type.String({ pattern: '^[a-z0-9_]{1,60}$' }), Type.String({ maxLength: 2000 }), { maxProperties: 50, description: 'A note per element, by element id' }),
    ),
  },
  { additionalProperties: false },
);

export const getReviewsSchema = {
  tags: ['reviews'],
  summary: 'Review history of one cell, newest first',
  params: ReviewParams,
  querystring: TemplateQuery,
  response: { 200: Type.Object({ history: Type.Array(Review) }), ...errors(400, 404) },
};

export const putReviewSchema = {
  tags: ['reviews'],
  summary: "Record a reviewer's decision on one cell (durable when answered)",
  params: ReviewParams,
  querystring: TemplateQuery,
  body: ReviewBody,
  response: { 200: Type.Object({ review: Review }), ...errors(400, 404, 413) },
};
