import { Type, type Static } from 'typebox';
import { errors, Id, TemplateQuery } from './common.ts';
import { Review } from './alignments.ts';
import type * as Service from '../services/versions.ts';
import type * as Core from '../versions/types.ts';
import type { SameShape } from './records/type-equality.ts';

/** Versions of one law and their diff (server/versions/, server/services/versions.ts). */

const VersionEntry = Type.Object({
  id: Type.String(),
  number: Type.Integer({ description: '1 for the text first in the library' }),
  title: Type.String(),
  year: Type.Union([Type.Integer(), Type.Null()]),
  kind: Type.String(),
  date: Type.String({ description: 'When this text entered the library (ISO date-time)' }),
  collection: Type.String(),
});

export const listVersionsSchema = {
  tags: ['instruments'],
  summary: 'The versions of an instrument, oldest first, with the dates they entered the library',
  params: Type.Object({ id: Id }, { additionalProperties: false }),
  response: { 200: Type.Object({ instrument: Type.String(), series: Type.String(), versions: Type.Array(VersionEntry) }), ...errors(400, 404) },
};

const Side = Type.Object({ unit: Type.String(), eId: Type.String(), heading: Type.Optional(Type.String()) });
const Status = Type.Enum(['unchanged', 'changed', 'renumbered', 'added', 'removed']);

const VersionDiff = Type.Object({
  from: Type.Object({ id: Type.String(), title: Type.String() }),
  to: Type.Object({ id: Type.String(), title: Type.String() }),
  units: Type.Array(Type.Object({
    status: Status,
    from: Type.Optional(Side),
    to: Type.Optional(Side),
    similarity: Type.Number({ description: 'Share of words in common, 0..1' }),
    segments: Type.Optional(Type.Array(Type.Object({ text: Type.String(), op: Type.Enum(['equal', 'insert', 'delete']) }))),
    heading: Type.Optional(Type.Object({ from: Type.Optional(Type.String()), to: Type.Optional(Type.String()) }, { description: 'The heading in each version, when it changed' })),
    subdivisions: Type.Optional(Type.Array(Type.Object({ num: Type.String(), status: Type.Enum(['added', 'removed', 'changed']) }))),
  })),
  summary: Type.Object({ unchanged: Type.Integer(), changed: Type.Integer(), renumbered: Type.Integer(), added: Type.Integer(), removed: Type.Integer() }),
});
const diffMatches: SameShape<Static<typeof VersionDiff>, Core.VersionDiff> = true;
void diffMatches;

export const versionDiffSchema = {
  tags: ['instruments'],
  summary: 'Two versions of one law compared unit by unit: unchanged, changed (with the word diff), renumbered, added, removed',
  params: Type.Object({ id: Id, otherId: Id }, { additionalProperties: false }),
  response: { 200: VersionDiff, ...errors(400, 404, 422) },
};

const CarriedReview = Type.Object({
  version: Type.Object({ id: Type.String(), number: Type.Integer(), title: Type.String(), date: Type.String({ description: 'When that version entered the library' }) }, {
    description: 'The earlier version the review was made on',
  }),
  review: Review,
  text: Type.Enum(['unchanged', 'changed'], { description: '`unchanged`: every unit the review cites has the same text and heading in this version (a review citing nothing: the whole law is unchanged)' }),
  cited: Type.Array(Type.Object({
    unit: Type.String({ description: 'The unit as the review cites it, in the earlier version' }),
    status: Type.Enum(['unchanged', 'renumbered', 'changed', 'removed']),
    now: Type.Optional(Type.String({ description: 'Its number in this version' })),
  })),
});
const carriedMatches: SameShape<Omit<Static<typeof CarriedReview>, 'review'>, Omit<Service.CarriedReview, 'review'>> = true;
void carriedMatches;

export const carriedReviewsSchema = {
  tags: ['reviews'],
  summary: 'Reviews made on the earlier versions of this law, per article, each with whether the text it cites is unchanged in this version',
  params: Type.Object({ id: Id }, { additionalProperties: false }),
  querystring: TemplateQuery,
  response: {
    200: Type.Object({
      instrument: Type.String(),
      template: Type.String(),
      cells: Type.Array(Type.Object({ article: Type.String(), reviews: Type.Array(CarriedReview) })),
    }),
    ...errors(400, 404),
  },
};
