import { Type, type Static } from 'typebox';
import type * as Align from '../../align/types.ts';
import type { SameShape } from './type-equality.ts';

/**
 * The correlation table: one instrument against one template, article by article (server/align/types.ts). It is a
 * contract (../shared/docs/correlation-table.schema.json): extend compatibly only. tests/unit/schemas checks the
 * aligner's tables against both that schema and this one.
 */

export const CoverageStatus = Type.Enum(['covered', 'partial', 'missing']);
export type CoverageStatus = Static<typeof CoverageStatus>;

export const ElementState = Type.Enum(['present', 'absent', 'narrowed', 'optional-absent']);
export type ElementState = Static<typeof ElementState>;

const Span = { start: Type.Integer(), end: Type.Integer({ description: 'Exclusive' }), quote: Type.String() };

const EvidenceSpan = Type.Object({
  element: Type.String({ description: 'Element id, or `text` for copied wording found by local alignment' }),
  unit: Type.String(),
  eId: Type.String(),
  ...Span,
  template: Type.Optional(Type.Object(Span, { description: "Matching span in the template article's text" })),
});

const Cited = { status: CoverageStatus, provisions: Type.Array(Type.String()) };

const ReviewedValue = Type.Object({
  author: Type.String(),
  time: Type.String(),
  note: Type.Optional(Type.String()),
  ...Cited,
  pinpoints: Type.Optional(Type.Array(Type.String(), { description: 'The reviewer\'s provisions as cited: "3(1)(a)"' })),
  elementNotes: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'The reviewer\'s note on each element, by element id' })),
  machine: Type.Object(Cited, { description: 'What the machine had suggested when the reviewer decided' }),
});

export const ArticleAlignment = Type.Object({
  provisions: Type.Array(Type.String(), { description: 'Top-level units implementing the article' }),
  pinpoints: Type.Optional(Type.Array(Type.String())),
  status: CoverageStatus,
  score: Type.Optional(Type.Number()),
  confidence: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'How sure the tool is: that the first provision implements the article, or (missing) that nothing does; calibrated on the expert tables' })),
  elements: Type.Optional(Type.Record(Type.String(), ElementState)),
  flags: Type.Optional(Type.Array(Type.String(), { description: 'Named divergences: `recklessness`, `no-security-measure`, ...' })),
  evidence: Type.Optional(Type.Array(EvidenceSpan)),
  reviewed: Type.Optional(ReviewedValue),
  why: Type.Optional(Type.String()),
  closest: Type.Optional(
    Type.Object({ unit: Type.String(), score: Type.Number() }, { description: 'Missing articles: the unit that came closest (named in `why`), for a reviewer to read' }),
  ),
});
export type ArticleAlignment = Static<typeof ArticleAlignment>;

export const CorrelationTable = Type.Object(
  {
    instrument: Type.String(),
    template: Type.String(),
    units: Type.Optional(Type.Enum(['sections', 'subsections'])),
    articles: Type.Record(Type.String(), ArticleAlignment, { description: 'By template article number' }),
    unmatched: Type.Optional(Type.Array(Type.Object({ unit: Type.String(), heading: Type.Optional(Type.String()), why: Type.Optional(Type.String()) }))),
    notes: Type.Optional(Type.String()),
  },
  { description: 'Correlation table (contract: correlation-table.schema.json)' },
);
export type CorrelationTable = Static<typeof CorrelationTable>;

const tableMatches: SameShape<CorrelationTable, Align.CorrelationTable> = true;
const articleMatches: SameShape<ArticleAlignment, Align.ArticleAlignment> = true;
void [tableMatches, articleMatches];
