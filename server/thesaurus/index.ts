/** The legal thesaurus and cue matching shared by alignment and search. See docs/thesaurus.md. */
export { foldWord, LEGAL_WORD, legalTokens, phraseStems, stemWord, wordForms, type LegalToken } from './legal-tokens.ts';
export { PhraseMatcher, prepareText, type PhraseHit } from './phrase-matcher.ts';
export { createThesaurus, type GroupHit, type LegalThesaurus } from './legal-thesaurus.ts';
export { defaultThesaurusPath, loadThesaurus, ThesaurusError, validateThesaurus } from './load-thesaurus.ts';
export type { Thesaurus, ThesaurusGroup } from './types.ts';
export { compileCues, matchCues, type CueHit, type CueMatcher } from './match-cues.ts';
