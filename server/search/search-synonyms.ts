import type { ThesaurusGroup } from '../thesaurus/types.ts';

/**
 * General legal synonyms that matter for searching but are not (yet) in corpus/thesaurus.json, which is shared
 * with alignment and owned there. Each is drafting usage across Commonwealth, US and treaty texts, not any one
 * statute's wording. Merged with the injected thesaurus at build/load time.
 */
export const SEARCH_SYNONYMS: ThesaurusGroup[] = [
  // Treaties speak of "offences", some codes of "crimes".
  { id: 'search_offence', terms: ['offence', 'crime', 'criminal offence'] },
];
