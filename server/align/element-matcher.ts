import { PhraseMatcher, type LegalThesaurus } from '../thesaurus/index.ts';
import type { AnalysedText } from './tokenize.ts';
import type { ArticleProfile } from '../templates/types.ts';

/** A cue of one element found in a text. `narrowing` hits show the element narrowed or replaced. */
export interface ElementHit {
  article: string;
  element: string;
  narrowing: boolean;
  cue: string;
  start: number;
  end: number;
  quote: string;
}

interface Payload {
  article: string;
  element: string;
  narrowing: boolean;
  cue: string;
}

/**
 * Every element cue of every article compiled into one phrase matcher, so that each provision is tokenised once
 * and read once, however many articles and elements the template has.
 */
export interface ElementMatcher {
  match(text: AnalysedText): ElementHit[];
  /** Cues naming a thesaurus group that does not exist: reported, not fatal (the other cues still work). */
  unknownGroups: string[];
}

export function compileElementMatcher(articles: ArticleProfile[], thesaurus: LegalThesaurus | null): ElementMatcher {
  const matcher = new PhraseMatcher<Payload>();
  const unknownGroups = new Set<string>();
  const add = (cue: string, payload: Payload): void => {
    if (cue.startsWith('@')) {
      const group = thesaurus?.group(cue.slice(1));
      if (!group) {
        unknownGroups.add(cue);
        return;
      }
      for (const term of group.terms) matcher.add(term, payload);
    } else {
      matcher.add(cue, payload);
    }
  };
  for (const article of articles) {
    for (const el of article.elements) {
      for (const cue of el.cues) add(cue, { article: article.article, element: el.id, narrowing: false, cue });
      for (const cue of el.narrowing ?? []) add(cue, { article: article.article, element: el.id, narrowing: true, cue });
    }
  }
  return {
    unknownGroups: [...unknownGroups],
    match(a) {
      const found = matcher.findAll(a.tokens, a.words);
      const out: ElementHit[] = new Array(found.length);
      // One quote per matched span: a broad cue ("data") is shared by many elements' payloads.
      let lastStart = -1;
      let lastEnd = -1;
      let quote = '';
      for (let k = 0; k < found.length; k++) {
        const h = found[k];
        if (h.start !== lastStart || h.end !== lastEnd) [lastStart, lastEnd, quote] = [h.start, h.end, a.text.slice(h.start, h.end)];
        const p = h.payload;
        out[k] = { article: p.article, element: p.element, narrowing: p.narrowing, cue: p.cue, start: h.start, end: h.end, quote };
      }
      return out;
    },
  };
}
