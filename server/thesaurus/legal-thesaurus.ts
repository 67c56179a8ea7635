import type { Thesaurus, ThesaurusGroup } from './types.ts';
import { phraseStems } from './legal-tokens.ts';
import { PhraseMatcher, prepareText } from './phrase-matcher.ts';

/** A thesaurus term found in a text. */
export interface GroupHit {
  group: string;
  /** The thesaurus term that matched (as written in the thesaurus). */
  term: string;
  start: number;
  end: number;
  /** The words of the text that matched. */
  quote: string;
}

/**
 * The legal thesaurus, compiled for matching. Alignment (heading and element cues) and search (query expansion)
 * share it, so "unauthorised" in a heading and "without authority" in a query land in the same group.
 */
export interface LegalThesaurus {
  readonly groups: ThesaurusGroup[];
  group(id: string): ThesaurusGroup | undefined;
  /** Terms interchangeable with `term` (the term first, then the other terms of every group holding it). `@id` names a group. */
  expandTerm(term: string): string[];
  /** Groups whose terms occur in `text`: longest match first, no overlaps, in text order. */
  termGroups(text: string): GroupHit[];
  /** Distinct group ids present in `text`. */
  groupIds(text: string): string[];
}

const key = (phrase: string): string => phraseStems(phrase).join(' ');

/** Compiles thesaurus data (already validated) into a LegalThesaurus. Pure. */
export function createThesaurus(data: Thesaurus): LegalThesaurus {
  const byId = new Map(data.groups.map((g) => [g.id, g]));
  const groupsByKey = new Map<string, ThesaurusGroup[]>();
  const matcher = new PhraseMatcher<{ group: string; term: string }>();
  for (const group of data.groups) {
    for (const term of group.terms) {
      const k = key(term);
      if (!k) continue;
      const list = groupsByKey.get(k) ?? [];
      if (!list.includes(group)) list.push(group);
      groupsByKey.set(k, list);
      matcher.add(term, { group: group.id, term });
    }
  }

  return {
    groups: data.groups,
    group: (id) => byId.get(id),
    expandTerm(term) {
      const groups = term.startsWith('@') ? [byId.get(term.slice(1))].filter((g) => g !== undefined) : groupsByKey.get(key(term)) ?? [];
      const out = term.startsWith('@') ? [] : [term];
      const seen = new Set(out.map(key));
      for (const g of groups) {
        for (const t of g.terms) {
          const k = key(t);
          if (!seen.has(k)) {
            seen.add(k);
            out.push(t);
          }
        }
      }
      return out;
    },
    termGroups(text) {
      const { tokens, words } = prepareText(text);
      const hits = matcher.findLongest(tokens, words);
      const out: GroupHit[] = [];
      const seen = new Set<string>();
      for (const h of hits) {
        const id = `${h.payload.group}@${h.start}`;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push({ group: h.payload.group, term: h.payload.term, start: h.start, end: h.end, quote: text.slice(h.start, h.end) });
      }
      return out;
    },
    groupIds(text) {
      return [...new Set(this.termGroups(text).map((h) => h.group))];
    },
  };
}
