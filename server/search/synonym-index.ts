import type { Thesaurus, ThesaurusGroup } from '../thesaurus/types.ts';
import { analyseWords, type QueryWord } from './analysis.ts';

/** A thesaurus term as the index sees it: content stems in order and the stop words allowed between them. */
export interface SynonymTerm {
  term: string;
  stems: string[];
  gaps: string[][];
  key: string;
}

/** Content stems and the stop words between consecutive ones ("aiding or abetting" -> [aid, abet], [[or]]). */
export function stemsAndGaps(words: QueryWord[]): { stems: string[]; gaps: string[][] } {
  const stems: string[] = [];
  const gaps: string[][] = [];
  let pending: string[] = [];
  for (const w of words) {
    if (w.stop) {
      if (stems.length > 0) pending.push(w.word);
      continue;
    }
    if (stems.length > 0) gaps.push(pending);
    pending = [];
    stems.push(w.stem);
  }
  return { stems, gaps };
}

/**
 * Negating stop words. lunr drops them, and a phrase keeps only the stop words between its content words, so
 * "not authorised" would be looked up as "authorised", the opposite sense: a thesaurus term with a negation before
 * its first or after its last content word is left out of query expansion (its group's other terms remain).
 * Between content words a negation is kept as one of the phrase's stop words ("term not exceeding").
 */
const NEGATIONS = new Set(['not', 'no', 'nor', 'neither', 'cannot']);

function losesNegation(words: readonly QueryWord[]): boolean {
  const first = words.findIndex((w) => !w.stop);
  const last = words.findLastIndex((w) => !w.stop);
  return words.some((w, i) => w.stop && (i < first || i > last) && NEGATIONS.has(w.word));
}

/**
 * Thesaurus groups compiled for query expansion: which runs of query stems name a group, and every term of the
 * group as stems. Matching is on stems, so "unauthorised access" meets the group listing "unauthorized".
 */
export class SynonymIndex {
  private readonly groupsByKey = new Map<string, string[]>();
  private readonly termsByGroup = new Map<string, SynonymTerm[]>();
  readonly maxWords: number;
  private phraseCache: SynonymTerm[] | null = null;

  constructor(groups: readonly ThesaurusGroup[]) {
    let maxWords = 1;
    for (const group of groups) {
      const terms = this.termsByGroup.get(group.id) ?? [];
      for (const term of group.terms) {
        const words = analyseWords(term);
        if (losesNegation(words)) continue;
        const { stems, gaps } = stemsAndGaps(words);
        if (stems.length === 0) continue;
        const key = stems.join(' ');
        if (!terms.some((t) => t.key === key)) terms.push({ term, stems, gaps, key });
        const ids = this.groupsByKey.get(key) ?? [];
        if (!ids.includes(group.id)) ids.push(group.id);
        this.groupsByKey.set(key, ids);
        maxWords = Math.max(maxWords, stems.length);
      }
      this.termsByGroup.set(group.id, terms);
    }
    this.maxWords = maxWords;
  }

  static fromThesaurus(thesaurus: Thesaurus, extra: readonly ThesaurusGroup[] = []): SynonymIndex {
    return new SynonymIndex([...thesaurus.groups, ...extra]);
  }

  /**
   * Runs of stems that name a thesaurus term, longest first and without overlaps, in order.
   * `from`/`to` index into `stems` (to exclusive).
   */
  findSpans(stems: string[]): Array<{ from: number; to: number; groups: string[] }> {
    const spans: Array<{ from: number; to: number; groups: string[] }> = [];
    let i = 0;
    while (i < stems.length) {
      let found = false;
      for (let len = Math.min(this.maxWords, stems.length - i); len >= 1; len--) {
        const groups = this.groupsByKey.get(stems.slice(i, i + len).join(' '));
        if (groups) {
          spans.push({ from: i, to: i + len, groups });
          i += len;
          found = true;
          break;
        }
      }
      if (!found) i++;
    }
    return spans;
  }

  /** Every multi-word term of the thesaurus, each once: the phrases a query may expand to. */
  phraseTerms(): SynonymTerm[] {
    if (this.phraseCache) return this.phraseCache;
    const seen = new Set<string>();
    const out: SynonymTerm[] = [];
    for (const terms of this.termsByGroup.values()) {
      for (const t of terms) {
        const key = `${t.key}|${t.gaps.map((g) => g.join(' ')).join(',')}`;
        if (t.stems.length < 2 || seen.has(key)) continue;
        seen.add(key);
        out.push(t);
      }
    }
    this.phraseCache = out;
    return out;
  }

  /** The stop words a thesaurus term with these stems allows between them ("search and seizure": [[and]]). */
  gapsOf(key: string): string[][] | undefined {
    for (const id of this.groupsByKey.get(key) ?? []) {
      const term = this.termsByGroup.get(id)?.find((t) => t.key === key);
      if (term) return term.gaps;
    }
    return undefined;
  }

  /** Every term of the groups, each once, except the one the query already says. */
  synonymsOf(groups: string[], exceptKey: string): SynonymTerm[] {
    const seen = new Set([exceptKey]);
    const out: SynonymTerm[] = [];
    for (const id of groups) {
      for (const t of this.termsByGroup.get(id) ?? []) {
        if (seen.has(t.key)) continue;
        seen.add(t.key);
        out.push(t);
      }
    }
    return out;
  }

  /** Every group's id, in thesaurus order. */
  groupIds(): string[] {
    return [...this.termsByGroup.keys()];
  }
}
