/** The legal thesaurus and cue matching shared by alignment and search. See docs/thesaurus.md. */
export { LEGAL_WORD, legalTokens, phraseStems, stemWord, wordForms } from './legal-tokens.ts';
export { PhraseMatcher, prepareText } from './phrase-matcher.ts';
export { createThesaurus, type LegalThesaurus } from './legal-thesaurus.ts';
export { loadThesaurus, ThesaurusError, validateThesaurus } from './load-thesaurus.ts';
export { compileCues, matchCues } from './match-cues.ts';
