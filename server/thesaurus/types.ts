import { Type, type Static } from 'typebox';

/**
 * The legal thesaurus as data: groups of terms a drafter uses interchangeably. corpus/thesaurus.json holds it;
 * docs/thesaurus.md documents the format. Alignment and search compile it once (legal-thesaurus.ts). The schema is
 * the one definition: the loader checks files against it and the types come from it.
 */

/** A thesaurus group: terms a drafter uses interchangeably. */
export const ThesaurusGroup = Type.Object({
  id: Type.String({ pattern: '^[a-z][a-z0-9_]*$' }),
  terms: Type.Array(Type.String({ pattern: '\\S' }), { minItems: 2 }),
  note: Type.Optional(Type.String()),
});
export type ThesaurusGroup = Static<typeof ThesaurusGroup>;

export const Thesaurus = Type.Object({ groups: Type.Array(ThesaurusGroup) });
export type Thesaurus = Static<typeof Thesaurus>;
