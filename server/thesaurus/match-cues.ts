import type { LegalThesaurus } from './legal-thesaurus.ts';
import { PhraseMatcher, prepareText } from './phrase-matcher.ts';

/** A cue found in a text: which cue (as written in the profile), which phrase it expanded to, and where. */
interface CueHit {
  cue: string;
  phrase: string;
  start: number;
  end: number;
  quote: string;
}

/** A compiled set of cues: match it against many provisions without recompiling. */
interface CueMatcher {
  readonly cues: readonly string[];
  /** Every occurrence of every cue, in text order. */
  match(text: string): CueHit[];
  /** True when at least one cue occurs. */
  test(text: string): boolean;
}

/**
 * Compiles element or heading cues. A cue is a word or phrase matched on stems ("access without authority"), may end a
 * word with `*` for a prefix ("interfer*"), or may name a thesaurus group as `@without_right` (all its terms).
 * An unknown `@group` is an error: a silent miss would make an element look absent in every statute.
 */
export function compileCues(cues: readonly string[], thesaurus: LegalThesaurus | null): CueMatcher {
  const matcher = new PhraseMatcher<{ cue: string; phrase: string }>();
  for (const cue of cues) {
    if (cue.startsWith('@')) {
      const group = thesaurus?.group(cue.slice(1));
      if (!group) throw new Error(`cue ${cue} names a thesaurus group that does not exist`);
      for (const term of group.terms) matcher.add(term, { cue, phrase: term });
    } else {
      matcher.add(cue, { cue, phrase: cue });
    }
  }
  const match = (text: string): CueHit[] => {
    const { tokens, words } = prepareText(text);
    return matcher
      .findAll(tokens, words)
      .map((h) => ({ cue: h.payload.cue, phrase: h.payload.phrase, start: h.start, end: h.end, quote: text.slice(h.start, h.end) }))
      .sort((a, b) => a.start - b.start || b.end - a.end);
  };
  return { cues, match, test: (text) => match(text).length > 0 };
}

/** One-off convenience: compile and match in one call. */
export function matchCues(text: string, cues: readonly string[], thesaurus: LegalThesaurus | null): CueHit[] {
  return compileCues(cues, thesaurus).match(text);
}
