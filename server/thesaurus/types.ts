/**
 * The legal thesaurus as data: groups of terms a drafter uses interchangeably. corpus/thesaurus.json holds it;
 * docs/thesaurus.md documents the format. Alignment and search compile it once (legal-thesaurus.ts).
 */

/** A thesaurus group: terms a drafter uses interchangeably. */
export interface ThesaurusGroup {
  id: string;
  terms: string[];
  note?: string;
}

export interface Thesaurus {
  groups: ThesaurusGroup[];
}
