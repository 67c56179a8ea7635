import { Type } from 'typebox';
import { errors, Id } from './common.ts';
import type * as Core from '../consolidate/types.ts';
import type * as Amends from '../consolidate/amended-instruments.ts';
import type { SameShape } from './records/type-equality.ts';
import type { Static } from 'typebox';

/** The principal law as an amending instrument would leave it (server/consolidate/, docs/api.md "As amended"). */

const Citation = Type.Object({
  eId: Type.String({ description: 'eId of the amending provision' }),
  cite: Type.String({ description: 'As a lawyer cites it: `cl. 3 of the Ledger (Amendment) Bill, 2031`' }),
});

const Change = Type.Object(
  {
    action: Type.Enum(['inserted', 'substituted', 'repealed', 'amended', 'renumbered']),
    by: Citation,
    record: Type.Integer({ description: 'Index of the amendment record in the amending instrument' }),
    note: Type.String({ description: 'What a reader sees: `inserted by cl. 3 of ...`' }),
    previous: Type.Optional(Type.String({ description: 'The text the change replaced or struck out' })),
    segments: Type.Optional(Type.Array(Type.Object({ text: Type.String(), op: Type.Enum(['equal', 'insert', 'delete']) }), {
      description: 'For an amendment of words: the text with the words struck out (`delete`) and put in (`insert`)',
    })),
  },
  { description: 'How a provision was changed, and by which amending provision' },
);

const ConsolidatedProvision = Type.Object({
  eId: Type.String(),
  num: Type.String(),
  unit: Type.String(),
  level: Type.Integer(),
  type: Type.String({ description: '`sec`, `subsec`, `para`, ... or `schedule`' }),
  heading: Type.Optional(Type.String()),
  text: Type.String(),
  parent: Type.Optional(Type.String()),
  repealed: Type.Optional(Type.Boolean()),
  change: Type.Optional(Change),
});

const RecordOutcome = Type.Object(
  {
    record: Type.Integer(),
    action: Type.Enum(['insert', 'substitute', 'repeal', 'amend-words', 'renumber']),
    status: Type.Enum(['applied', 'partly-applied', 'not-applied', 'other-instrument']),
    target: Type.String({ description: 'The amended instrument as printed: `Ledger Act, Cap. 77`' }),
    provision: Type.Optional(Type.String()),
    position: Type.Optional(Type.String()),
    by: Citation,
    reason: Type.Optional(Type.String({ description: 'Why it did not apply, or how it was placed' })),
    changed: Type.Array(Type.String(), { description: 'eIds of the consolidated provisions it changed' }),
  },
  { description: 'What became of one amendment record; every record is listed' },
);

const Consolidation = Type.Object({
  principal: Type.Object({ id: Type.String(), title: Type.String() }),
  amending: Type.Object({ id: Type.String(), title: Type.String(), kind: Type.String() }),
  provisions: Type.Array(ConsolidatedProvision),
  outcomes: Type.Array(RecordOutcome),
  summary: Type.Object({
    records: Type.Integer(),
    applied: Type.Integer(),
    partlyApplied: Type.Integer(),
    notApplied: Type.Integer(),
    otherInstrument: Type.Integer(),
  }),
});
type Consolidation = Static<typeof Consolidation>;
const consolidationMatches: SameShape<Consolidation, Core.Consolidation> = true;
void consolidationMatches;

const AsAmendedParams = Type.Object({ id: Id, amendingId: Id }, { additionalProperties: false });

export const asAmendedSchema = {
  tags: ['instruments'],
  summary: 'The instrument as an amending instrument would leave it: changes marked, every amendment record accounted for',
  params: AsAmendedParams,
  response: { 200: Consolidation, ...errors(400, 404, 422) },
};

export const asAmendedAknSchema = {
  tags: ['instruments'],
  summary: 'The consolidated text as Akoma Ntoso 3.0 XML, the changes as passive modifications',
  params: AsAmendedParams,
  produces: ['application/akn+xml'],
  response: { 200: Type.String({ description: 'Akoma Ntoso XML' }), ...errors(400, 404, 422) },
};

export const amendedBySchema = {
  tags: ['instruments'],
  summary: 'The instruments in the library that amend this one, with the number of their amendment records naming it',
  params: Type.Object({ id: Id }, { additionalProperties: false }),
  response: {
    200: Type.Object({
      instrument: Type.String(),
      amendedBy: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), kind: Type.String(), year: Type.Union([Type.Integer(), Type.Null()]), records: Type.Integer() })),
    }),
    ...errors(400, 404),
  },
};

const AmendedInstruments = Type.Object({
  instrument: Type.String(),
  records: Type.Array(Type.Object({
    record: Type.Integer({ description: 'Index of the amendment record in this instrument' }),
    target: Type.String({ description: 'The amended law as the clause names it: `Evidence Act, Cap. 121`' }),
    by: Citation,
    principals: Type.Array(Type.String(), { description: 'Ids of the instruments in the library it amends; empty when that law is not in the library' }),
  })),
  principals: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), kind: Type.String(), year: Type.Union([Type.Integer(), Type.Null()]), records: Type.Integer() }), {
    description: 'The laws in the library this instrument amends, with the number of its records naming each',
  }),
});
const amendsMatches: SameShape<Omit<Static<typeof AmendedInstruments>, 'instrument'>, Amends.AmendedInstruments> = true;
void amendsMatches;

export const amendsSchema = {
  tags: ['instruments'],
  summary: 'The laws in the library an amending instrument amends, record by record (the reverse of amended-by)',
  params: Type.Object({ id: Id }, { additionalProperties: false }),
  response: { 200: AmendedInstruments, ...errors(400, 404) },
};
