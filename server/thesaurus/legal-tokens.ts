import lunr from 'lunr';

/** One word of a text: its normalised stem and where it sits in the original string (end exclusive). */
export interface LegalToken {
  stem: string;
  start: number;
  end: number;
}

/*
 * Commonwealth statutes write "unauthorised", "offence", "wilfully", "behaviour"; US and Philippine texts write
 * "unauthorized", "offense", "willfully", "behavior". Folding both to one spelling before stemming lets a single cue
 * match either drafting tradition. The folding only has to be consistent (both sides go through it), not pretty.
 */
const SPELLING_RULES: Array<[RegExp, string]> = [
  [/is(ation|ations|e|ed|es|ing|er|ers)$/, 'iz$1'],
  // Only the words whose spelling differs ("offence", "defence", "licence", "pretence"): folding every "-ence" made
  // "interference" miss "interfering" and "sentence" miss "sentenced".
  [/^(off|def|lic|pret)ence(s?)$/, '$1ense$2'],
  [/([ivbl])our(s|ed|ing|able)?$/, '$1or$2'],
  [/^willful/, 'wilful'], // "will" must not meet the auxiliary verb
  [/^programme/, 'program'],
  [/^judgement/, 'judgment'],
  [/^fulfil(?!l)/, 'fulfill'],
  [/^enrol(?!l)/, 'enroll'],
];

/**
 * The Porter stemmer leaves adverbs alone ("knowingly" -> "knowingli"), but mens rea is usually drafted as an adverb
 * ("knowingly", "recklessly", "dishonestly") while cues are often adjectives or nouns. Dropping "-ly" from long words
 * makes "knowingly" meet "knowing", "recklessly" meet "reckless".
 */
function dropAdverb(word: string): string {
  return word.length > 7 && word.endsWith('ly') && !word.endsWith('ply') ? word.slice(0, -2) : word;
}

/** Spelling-folded, case-folded form of one word, before stemming. */
export function foldWord(word: string): string {
  let w = word.toLowerCase().replace(/[’'`]/g, '').replace(/-/g, '');
  for (const [pattern, replacement] of SPELLING_RULES) w = w.replace(pattern, replacement);
  return dropAdverb(w);
}

/**
 * Porter splits a few verbs the offences turn on: step 4 strips "-er" from "interfer(ing|ed)" but not from
 * "interfere(s)" or "interference", so "Interfering with data" missed "interference with data". Each such
 * family is merged to one stem here.
 */
const STEM_MERGES = new Map([['interf', 'interfer']]);

// Folding and Porter stemming dominate the cost of reading a statute, and a statute's vocabulary is small (a few
// thousand words): each distinct word is stemmed once, here, for alignment and search alike. Bounded so that an
// endless stream of OCR noise cannot grow it.
const FORMS_CACHE_MAX = 100_000;
const formsCache = new Map<string, WordForms>();

/** A word as alignment and search read it: spelling-folded (for `*` prefix cues) and stemmed (for everything else). */
interface WordForms {
  folded: string;
  stem: string;
}

/** The folded and stemmed forms of one word, computed once per distinct word. */
export function wordForms(word: string): WordForms {
  let forms = formsCache.get(word);
  if (forms === undefined) {
    const folded = foldWord(word);
    const stem = folded === '' ? '' : lunr.stemmer(new lunr.Token(folded, {})).toString();
    // A Map, not an object: "constructor" looked up in an object literal is Object itself, which became an index
    // term that the serialised search index could not hold (the bulk corpus has the word).
    forms = { folded, stem: STEM_MERGES.get(stem) ?? stem };
    // A very long "word" is noise: computed each time rather than held (100,000 of them would be 100 MB).
    if (word.length > 48) return forms;
    if (formsCache.size >= FORMS_CACHE_MAX) formsCache.clear();
    formsCache.set(word, forms);
  }
  return forms;
}

/** Stem of one word, as both alignment and search index it. */
export function stemWord(word: string): string {
  return wordForms(word).stem;
}

/**
 * A word is letters/digits, optionally joined by hyphens or apostrophes inside ("co-operation", "person's"): the one
 * word pattern of the thesaurus, alignment and search, so that offsets and stems agree between them.
 */
export const LEGAL_WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Tokens of a text with offsets into the original string, so matches can be quoted as evidence. */
export function legalTokens(text: string): LegalToken[] {
  const tokens: LegalToken[] = [];
  for (const m of text.matchAll(LEGAL_WORD)) {
    const stem = stemWord(m[0]);
    if (stem) tokens.push({ stem, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** Stems of a phrase, in order: the key a phrase is matched on. */
export function phraseStems(phrase: string): string[] {
  return legalTokens(phrase).map((t) => t.stem);
}
