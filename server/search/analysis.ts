import lunr from 'lunr';
import { LEGAL_WORD, stemWord } from '../thesaurus/index.ts';

/*
 * One analysis for the index and for queries. Words are found as the shared legal tokenizer finds them
 * (letters/digits joined by inner hyphens or apostrophes), then lunr's stop-word filter, then the shared
 * stemmer (server/thesaurus: spelling folding "unauthorised"/"unauthorized", "offence"/"offense", then Porter),
 * so that a thesaurus phrase, an alignment cue and a search term meet on the same stems.
 */

const PART = /[\p{L}\p{N}]+/gu;

/** Longer "words" (OCR noise, a hostile query) are not memoised: 500,000 of them would hold 500 MB. */
const MAX_CACHED_WORD = 48;

/** lunr's English stop words: they are not indexed, and phrases may skip them only where the query has them. */
function isStopWord(word: string): boolean {
  return lunr.stopWordFilter(new lunr.Token(word, {})) === undefined;
}

function legalStem(token: lunr.Token): lunr.Token | undefined {
  const stemmed = token.update((w) => stemWord(w));
  return stemmed.toString() === '' ? undefined : stemmed;
}
// Registered so that a serialised lunr index names its pipeline and lunr can load it back.
lunr.Pipeline.registerFunction(legalStem as unknown as lunr.PipelineFunction, 'lexalign-legal-stem');

export function indexPipeline(): lunr.Pipeline {
  const pipeline = new lunr.Pipeline();
  pipeline.add(lunr.stopWordFilter, legalStem as unknown as lunr.PipelineFunction);
  return pipeline;
}

/**
 * lunr tokenizer replacement: lower-cased words with their [start, length] in the original text. A hyphenated
 * compound ("computer-related") is indexed whole and also part by part at the parts' own offsets, so both
 * "computer-related" and "computer related" find it.
 */
export function tokenizeField(value: unknown): lunr.Token[] {
  if (value === null || value === undefined) return [];
  const text = Array.isArray(value) ? value.join(' ; ') : String(value);
  const tokens: lunr.Token[] = [];
  for (const m of text.matchAll(LEGAL_WORD)) {
    const word = m[0].toLowerCase();
    tokens.push(new lunr.Token(word, { position: [m.index, word.length] }));
    if (word.includes('-')) {
      for (const p of m[0].matchAll(PART)) {
        tokens.push(new lunr.Token(p[0].toLowerCase(), { position: [m.index + p.index, p[0].length] }));
      }
    }
  }
  return tokens;
}

/**
 * The index term of each distinct lower-cased word through lunr's pipeline ('' for a stop word), memoised: the stem
 * itself comes from the shared word-forms cache (server/thesaurus/legal-tokens.ts); this memo saves the pipeline's
 * token objects and stop-word test on the bulk corpus's millions of words.
 */
const termCache = new Map<string, string>();
let cachePipeline: lunr.Pipeline | null = null;
function indexTermOf(word: string): string {
  let term = termCache.get(word);
  if (term === undefined) {
    cachePipeline ??= indexPipeline();
    term = cachePipeline.runString(word)[0] ?? '';
    if (word.length > MAX_CACHED_WORD) return term;
    if (termCache.size > 500_000) termCache.clear();
    termCache.set(word, term);
  }
  return term;
}

/**
 * Calls `visit(term, start, length)` for every index term of a field value, exactly as
 * `indexPipeline().run(tokenizeField(value))` would produce them, without a lunr.Token per word: the pipeline runs
 * once per distinct word (it depends on the word alone), which is what makes indexing the bulk corpus fast.
 * Returns the number of terms (BM25's field length).
 */
export function forEachIndexTerm(value: unknown, visit: (term: string, start: number, length: number) => void): number {
  if (value === null || value === undefined) return 0;
  const text = Array.isArray(value) ? value.join(' ; ') : String(value);
  let n = 0;
  for (const m of text.matchAll(LEGAL_WORD)) {
    const word = m[0].toLowerCase();
    const term = indexTermOf(word);
    if (term !== '') {
      visit(term, m.index, word.length);
      n++;
    }
    if (word.includes('-')) {
      for (const p of m[0].matchAll(PART)) {
        const part = indexTermOf(p[0].toLowerCase());
        if (part === '') continue;
        visit(part, m.index + p.index, p[0].length);
        n++;
      }
    }
  }
  return n;
}

/** A word of a query or a thesaurus term after analysis. `stem` is '' for a stop word. Shared: never change one. */
export interface QueryWord {
  readonly word: string;
  readonly stem: string;
  readonly stop: boolean;
}

/**
 * Analysed words (null: no stem), kept between queries: a query's words recur (a reader pages, filters, rewords),
 * and the stop-word test and the stemmer cost more than the rest of reading a query. Emptied when full.
 */
const queryWords = new Map<string, QueryWord | null>();
const MAX_QUERY_WORDS = 50_000;

function analyseWord(word: string): QueryWord | null {
  let w = queryWords.get(word);
  if (w !== undefined) return w;
  if (isStopWord(word)) w = { word, stem: '', stop: true };
  else {
    const stem = stemWord(word);
    w = stem ? { word, stem, stop: false } : null;
  }
  if (word.length <= MAX_CACHED_WORD) {
    if (queryWords.size >= MAX_QUERY_WORDS) queryWords.clear();
    queryWords.set(word, w);
  }
  return w;
}

/** Words of a short text (a query word, a phrase, a thesaurus term) in order, stop words kept and marked. */
export function analyseWords(text: string): QueryWord[] {
  const out: QueryWord[] = [];
  for (const m of text.matchAll(LEGAL_WORD)) {
    const w = analyseWord(m[0].toLowerCase());
    if (w) out.push(w);
  }
  return out;
}

/** Stop words found between two offsets of a text: a phrase "aiding or abetting" allows exactly "or" there. */
const NO_WORDS: string[] = [];
const HAS_WORD = /[\p{L}\p{N}]/u;
export function wordsBetween(text: string, start: number, end: number): string[] {
  if (end <= start) return NO_WORDS;
  const gap = text.slice(start, end);
  // Most gaps are a space or a comma: answer those without running the word pattern.
  if (!HAS_WORD.test(gap)) return NO_WORDS;
  return Array.from(gap.matchAll(PART), (m) => m[0].toLowerCase());
}

/**
 * A fingerprint of the analysis (stems of probe words). A serialised index records it; loading an index built
 * with other stemming or folding rules would silently miss matches, so load() refuses it instead.
 */
export function analysisFingerprint(): string {
  const probes = ['unauthorised', 'offences', 'knowingly', 'computer-related', 'interception', 'programme', 'co-operation'];
  return probes.map((p) => analyseWords(p).map((w) => w.stem).join('+')).join('|');
}
