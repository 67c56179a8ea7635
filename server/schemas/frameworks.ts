import { Type } from 'typebox';
import { errors, Id, Status } from './common.ts';

/** A jurisdiction as ISO 3166 alpha-2 (or INT, XA-XZ for samples), any case. */
const Jurisdiction = Type.String({ pattern: '^[A-Za-z]{2,3}$', description: 'ISO 3166 alpha-2 code, such as BB or GY' });

const FrameworkInstrument = Type.Object({
  id: Type.String(),
  title: Type.String(),
  kind: Type.String(),
  year: Type.Union([Type.Integer(), Type.Null()]),
  collection: Type.String(),
  included: Type.Boolean(),
});

export const FrameworkSummary = Type.Object({
  jurisdiction: Type.String(),
  name: Type.String(),
  sample: Type.Boolean({ description: 'Every statute is a sample of a made-up state (never real law)' }),
  instruments: Type.Array(FrameworkInstrument),
});

const Scores = Type.Object({ withoutOptions: Type.String(), withOptions: Type.String() }, { description: 'One sentence per score' });

export const listFrameworksSchema = {
  tags: ['frameworks'],
  summary: "Every jurisdiction's framework: its statutes in the library and which are included",
  response: { 200: Type.Object({ frameworks: Type.Array(FrameworkSummary) }) },
};

const FrameworkQuery = Type.Object({ template: Type.Optional(Id) }, { additionalProperties: false });

export const getFrameworkSchema = {
  tags: ['frameworks'],
  summary: "One jurisdiction's framework read article by article: the best-supported status and who supplies it",
  params: Type.Object({ jurisdiction: Jurisdiction }, { additionalProperties: false }),
  querystring: FrameworkQuery,
  response: {
    200: Type.Object({
      ...FrameworkSummary.properties,
      template: Type.String(),
      articles: Type.Array(
        Type.Object({
          article: Type.String(),
          title: Type.String(),
          obligation: Type.String(),
          status: Status,
          combined: Type.Boolean({ description: 'Covered only by reading two or more instruments together' }),
          reviewed: Type.Boolean(),
          best: Type.Union([Type.String(), Type.Null()], { description: 'The instrument whose own finding is best' }),
          sources: Type.Array(
            Type.Object({
              instrument: Type.String(),
              status: Status,
              reviewed: Type.Boolean(),
              provisions: Type.Array(Type.String()),
              citations: Type.Array(Type.String(), { description: 'Pinpoints in document order: "cl." in a Bill, "s." in an Act' }),
            }),
          ),
          elements: Type.Array(
            Type.Object({
              id: Type.String(),
              label: Type.String(),
              state: Type.String(),
              instruments: Type.Array(Type.String(), { description: 'Instruments whose words supply the element' }),
              shortfall: Type.Boolean(),
            }),
          ),
        }),
      ),
      totals: Type.Object({ covered: Type.Integer(), partial: Type.Integer(), missing: Type.Integer(), combined: Type.Integer() }),
      score: Type.Union([Type.Number(), Type.Null()]),
      scoreAll: Type.Union([Type.Number(), Type.Null()]),
      scores: Scores,
      errors: Type.Array(Type.Object({ instrument: Type.String(), reason: Type.String() })),
    }),
    ...errors(400, 404, 409, 422),
  },
};

export const putFrameworkInstrumentSchema = {
  tags: ['frameworks'],
  summary: 'Include an instrument in its jurisdiction\'s framework, or exclude it (saved)',
  params: Type.Object({ jurisdiction: Jurisdiction, instrumentId: Id }, { additionalProperties: false }),
  body: Type.Object({ included: Type.Boolean() }, { additionalProperties: false }),
  response: { 200: FrameworkSummary, ...errors(400, 404, 422) },
};

const StateList = Type.Array(Type.String(), { description: 'Jurisdiction codes' });

export const overviewSchema = {
  tags: ['frameworks'],
  summary: 'Regional overview: per article, the states that cover, partly cover or miss it; the articles most states miss',
  querystring: Type.Object(
    {
      template: Type.Optional(Id),
      jurisdictions: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2,3}(,[A-Za-z]{2,3}){0,99}$', description: 'Comma-separated; default every state (samples left out with a real corpus)' })),
    },
    { additionalProperties: false },
  ),
  response: {
    200: Type.Object({
      template: Type.String(),
      states: Type.Array(
        Type.Object({
          jurisdiction: Type.String(),
          name: Type.String(),
          instruments: Type.Integer(),
          score: Type.Union([Type.Number(), Type.Null()]),
          scoreAll: Type.Union([Type.Number(), Type.Null()]),
          sample: Type.Boolean({ description: 'A made-up state of the sample statutes' }),
        }),
      ),
      articles: Type.Array(
        Type.Object({
          article: Type.String(),
          title: Type.String(),
          obligation: Type.String(),
          covered: StateList,
          partial: StateList,
          missing: StateList,
          combined: StateList,
        }),
      ),
      cells: Type.Record(Type.String(), Type.Record(Type.String(), Status)),
      priorities: Type.Array(
        Type.Object({
          article: Type.String(),
          title: Type.String(),
          missing: StateList,
          partial: StateList,
          typical: Type.Array(Type.Object({ label: Type.String(), states: StateList })),
        }),
      ),
      scores: Scores,
    }),
    ...errors(400, 404, 409, 422),
  },
};
