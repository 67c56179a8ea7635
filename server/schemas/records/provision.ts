import { Type, type Static } from 'typebox';
import type * as Ingest from '../../ingest/types.ts';
import type { SameShape } from './type-equality.ts';
import { Insertion } from './amendment.ts';

/** A provision as ingestion records it (server/ingest/types.ts, docs/ingestion.md). */

const ProvisionKind = Type.Enum(['definition', 'offence', 'power', 'procedure', 'jurisdiction', 'cooperation', 'penalty', 'general']);

const PathStep = Type.Object({
  type: Type.String({ description: '`part`, `chapter`, `sec`, `subsec`, `para`, `subpara`, `schedule`, `art`' }),
  num: Type.String(),
  heading: Type.Optional(Type.String()),
});

const Definition = Type.Object({ term: Type.String(), meaning: Type.String() });

const CrossRef = Type.Object({
  text: Type.String({ description: 'As printed: `section 4`, `subsection (2)`, `Part III`' }),
  target: Type.Optional(Type.String({ description: 'eId inside the same instrument, when resolvable' })),
  external: Type.Optional(Type.String({ description: 'Another Act named in the reference' })),
});

const Penalty = Type.Object({
  mode: Type.Enum(['summary', 'indictment', 'any'], { description: 'Mode of trial where the statute distinguishes them' }),
  imprisonmentMonths: Type.Optional(Type.Number()),
  fine: Type.Optional(Type.Object({ amount: Type.Number(), currency: Type.String({ description: 'ISO 4217 code, a statutory unit, or the symbol as printed' }) })),
  life: Type.Optional(Type.Boolean()),
  quote: Type.String({ description: 'The words the figures were read from' }),
});

export const Provision = Type.Object(
  {
    eId: Type.String({ description: 'Akoma Ntoso-style id, unique inside the instrument: `part_2__sec_4__subsec_1__para_a`' }),
    num: Type.String({ description: 'Number as printed, relative to the top-level unit: `4(1)(a)`' }),
    unit: Type.String({ description: 'Top-level unit: `4`, `46A`, `(a)`, `Schedule 1`' }),
    level: Type.Integer({ description: 'Depth below the top-level unit: 0 for the unit itself' }),
    heading: Type.Optional(Type.String()),
    text: Type.String({ description: "Clean text of this provision only (without its children)" }),
    path: Type.Array(PathStep, { description: 'Ancestors, outermost first, with their headings' }),
    kind: ProvisionKind,
    defines: Type.Array(Definition),
    refs: Type.Array(CrossRef),
    penalty: Type.Array(Penalty),
    parent: Type.Optional(Type.String({ description: 'eId of the parent provision' })),
    inserted: Type.Optional(Insertion),
    repealed: Type.Optional(Type.Boolean({ description: 'A spent or repealed placeholder: no text' })),
  },
  { description: 'A provision (server/ingest/types.ts)' },
);
export type Provision = Static<typeof Provision>;

const provisionMatches: SameShape<Provision, Ingest.Provision> = true;
void provisionMatches;
