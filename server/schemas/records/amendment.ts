import { Type, type Static } from 'typebox';
import type * as Ingest from '../../ingest/types.ts';
import type { SameShape } from './type-equality.ts';

/** What amending Acts do to other Acts (server/ingest/types.ts, docs/ingestion.md "Amending instruments"). */

export const Insertion = Type.Object(
  {
    into: Type.String({ description: 'The amended instrument as cited: `Chapter 9:23`, `Cap. 140A`, else its title' }),
    title: Type.Optional(Type.String({ description: 'Its title as printed' })),
    section: Type.String({ description: 'Number of the inserted section as printed inside the quotation: `163`, `18A`' }),
    action: Type.Enum(['insert', 'substitute']),
    by: Type.Object(
      { eId: Type.String(), num: Type.String() },
      { description: 'The amending provision that carries the quotation: `sec_35__subsec_2`, `35(2)`' },
    ),
  },
  { description: 'What a provision quoted inside an amending clause inserts, and where' },
);
export type Insertion = Static<typeof Insertion>;

export const AmendmentRecord = Type.Object(
  {
    action: Type.Enum(['insert', 'substitute', 'repeal', 'amend-words', 'renumber']),
    target: Type.Object(
      { title: Type.Optional(Type.String()), chapter: Type.Optional(Type.String({ description: '`Cap. 300`, `Chapter 9:23`, as printed' })) },
      { description: 'The amended instrument' },
    ),
    provision: Type.Optional(Type.String({ description: 'The provision amended, as printed: `section 162`' })),
    position: Type.Optional(Type.String({ description: 'Where inside it: `after subsection (3)`' })),
    text: Type.Optional(Type.String({ description: 'The new text of an insertion or substitution' })),
    words: Type.Optional(Type.String({ description: 'The words deleted or replaced' })),
    by: Type.String({ description: 'eId of the amending provision' }),
    inserted: Type.Optional(Type.Array(Type.String(), { description: 'eIds of the inserted provisions parsed from `text`' })),
  },
  { description: 'One amendment made by an amending clause or a Schedule row' },
);
export type AmendmentRecord = Static<typeof AmendmentRecord>;

const insertionMatches: SameShape<Insertion, Ingest.Insertion> = true;
const amendmentMatches: SameShape<AmendmentRecord, Ingest.AmendmentRecord> = true;
void [insertionMatches, amendmentMatches];
