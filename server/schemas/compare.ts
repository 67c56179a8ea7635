import { Type } from 'typebox';
import { Article, errors, Id, Status } from './common.ts';
import { TemplateArticle } from './records/template-article.ts';

const Segment = Type.Object({ text: Type.String(), op: Type.Union([Type.Literal('equal'), Type.Literal('insert'), Type.Literal('delete')]) });

/** One printed block of a diffed text: its own number ("(1)", "(a)"), its depth and its words. */
const DiffBlock = Type.Object({ label: Type.String(), level: Type.Integer({ minimum: 0 }), segments: Type.Array(Segment) });

export const DiffMode = Type.Union([Type.Literal('words'), Type.Literal('substantive')], {
  description: '`words`: every word that differs; `substantive`: clause by clause, ignoring numbering, function words, house style and synonyms',
});

export const StructuredDiff = Type.Object({
  left: Type.Array(DiffBlock),
  right: Type.Array(DiffBlock),
  similarity: Type.Number(),
});

const ElementCellState = Type.Enum(['present', 'absent', 'narrowed', 'wider', 'optional-absent', 'not-assessed', 'no-provision']);

const ElementTable = Type.Object(
  {
    article: Type.String(),
    title: Type.String(),
    columns: Type.Array(
      Type.Object({
        instrument: Type.String(),
        short: Type.String({ description: 'Jurisdiction code, with the year when two columns share one' }),
        title: Type.String(),
        jurisdiction: Type.String(),
        status: Status,
        reviewed: Type.Boolean(),
        cite: Type.String({ description: '"cl. 8", or "no implementing provision"' }),
        citation: Type.String({ description: 'Legal form: "Cybercrime Bill, 2024 (Barbados), cl. 8"' }),
      }),
    ),
    rows: Type.Array(
      Type.Object({
        element: Type.String(),
        label: Type.String(),
        required: Type.Boolean(),
        cells: Type.Array(Type.Object({ state: ElementCellState, evidence: Type.Array(Type.Object({ quote: Type.String(), cite: Type.String() })) })),
        summary: Type.String({ description: '"Of non-public transmissions: BB ✓, KE ✗"' }),
      }),
    ),
  },
  { description: 'Rows are the article\'s elements, columns are states; each cell says present, absent, narrowed or wider, with the words as evidence' },
);

/** At most this many instruments in one comparison: every statute of a region, not a bulk corpus. */
export const MAX_COMPARE = 200;

const Instruments = Type.String({ pattern: '^[A-Za-z0-9._,-]{1,20000}$', description: `Comma-separated instrument ids (at most ${MAX_COMPARE})` });

const CompareQuery = Type.Object(
  { template: Type.Optional(Id), article: Article, instruments: Instruments, mode: Type.Optional(DiffMode) },
  { additionalProperties: false },
);

const ExportQuery = Type.Object({ template: Type.Optional(Id), article: Article, instruments: Instruments }, { additionalProperties: false });

export const compareSchema = {
  tags: ['alignments'],
  summary: 'One template article across chosen instruments, with each first unit diffed against it and the element-by-state table',
  querystring: CompareQuery,
  response: {
    200: Type.Object({
      template: Type.String(),
      article: TemplateArticle,
      instruments: Type.Array(
        Type.Object({
          instrument: Type.String(),
          title: Type.String(),
          jurisdiction: Type.String(),
          kind: Type.String(),
          units: Type.String(),
          status: Status,
          reviewed: Type.Boolean(),
          provisions: Type.Array(Type.String()),
          citations: Type.Array(Type.String()),
          elements: Type.Record(Type.String(), Type.String()),
          flags: Type.Array(Type.String()),
          score: Type.Union([Type.Number(), Type.Null()]),
          confidence: Type.Union([Type.Number(), Type.Null()], { description: 'See the correlation table: calibrated on the expert tables' }),
          why: Type.String(),
          texts: Type.Array(Type.Object({ unit: Type.String(), eId: Type.String(), num: Type.String(), heading: Type.String(), text: Type.String() })),
          diff: Type.Union([StructuredDiff, Type.Null()], {
            description: 'The first implementing unit (left) against the article (right); null without a unit or without the official text',
          }),
        }),
      ),
      elements: ElementTable,
    }),
    ...errors(400, 404),
  },
};

export const elementTableCsvSchema = {
  tags: ['exports'],
  summary: 'The element-by-state table of one article as CSV (UTF-8 with BOM)',
  querystring: ExportQuery,
  produces: ['text/csv'],
  response: { 200: Type.String(), ...errors(400, 404) },
};

export const elementTableDocxSchema = {
  tags: ['exports'],
  summary: 'The element-by-state table of one article as a Word document (.docx, landscape)',
  querystring: ExportQuery,
  produces: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  response: { 200: Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary' }), ...errors(400, 404) },
};
