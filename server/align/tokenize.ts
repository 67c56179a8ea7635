import { LEGAL_WORD, PhraseMatcher, wordForms, type LegalThesaurus } from '../thesaurus/index.ts';

/** One word of a text: its stem (spelling-folded, as the thesaurus and search use) and where it sits. */
export interface Token {
  stem: string;
  start: number;
  end: number;
  /** A function word that carries no legal meaning on its own ("the", "of", "shall"). */
  stop: boolean;
}

/** A text read once: tokens for matching and alignment, folded words for `*` prefix cues, thesaurus groups. */
export interface AnalysedText {
  text: string;
  tokens: Token[];
  words: string[];
}

// Alignment's function words, kept as stems (the same folding and stemming as the tokens they are compared with).
// Not lunr's English list, which search uses: that list drops "not", "no", "only", "any" and "all", which change
// what a provision means, and keeps "shall", "such" and "upon", which are drafting boilerplate (measured: lunr's
// list here costs F1 0.888 -> 0.873 on the expert tables).
const STOP = new Set(
  'a an and ar as at be been by for from ha have had in into is it it of on or such that the their them then these thi those to wa were which who whom whose will with shall may must ani other under upon'.split(
    ' ',
  ),
);

export function analyse(text: string): AnalysedText {
  const tokens: Token[] = [];
  const words: string[] = [];
  for (const m of text.matchAll(LEGAL_WORD)) {
    const { stem, folded } = wordForms(m[0]);
    if (!stem) continue;
    const start = m.index ?? 0;
    tokens.push({ stem, start, end: start + m[0].length, stop: STOP.has(stem) });
    words.push(folded);
  }
  return { text, tokens, words };
}

/** Stems of the content words only, in order. */
export function contentStems(text: string): string[] {
  return analyse(text)
    .tokens.filter((t) => !t.stop)
    .map((t) => t.stem);
}

interface GroupSpan {
  group: string;
  start: number;
  end: number;
}

const groupMatchers = new WeakMap<LegalThesaurus, PhraseMatcher<string>>();
// Lexical terms and the context profile both read a provision's groups: read once per analysed text.
const spansOf = new WeakMap<AnalysedText, { thesaurus: LegalThesaurus; spans: GroupSpan[] }>();

/** Thesaurus groups in an analysed text, longest term first, without overlaps (as the thesaurus reads them). */
export function groupSpans(a: AnalysedText, thesaurus: LegalThesaurus | null): GroupSpan[] {
  if (!thesaurus) return [];
  const cached = spansOf.get(a);
  if (cached && cached.thesaurus === thesaurus) return cached.spans;
  let matcher = groupMatchers.get(thesaurus);
  if (!matcher) {
    matcher = new PhraseMatcher<string>();
    for (const g of thesaurus.groups) for (const term of g.terms) matcher.add(term, g.id);
    groupMatchers.set(thesaurus, matcher);
  }
  const spans = matcher.findLongest(a.tokens, a.words).map((h) => ({ group: h.payload, start: h.start, end: h.end }));
  spansOf.set(a, { thesaurus, spans });
  return spans;
}
