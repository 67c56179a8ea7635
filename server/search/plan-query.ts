import { analyseWords } from './analysis.ts';
import { stemWord } from '../thesaurus/index.ts';
import { SearchSyntaxError } from './errors.ts';
import type { ParsedClause } from './parse-query.ts';
import { stemsAndGaps, type SynonymIndex } from './synonym-index.ts';
import { FIELD_NAMES, type FieldName } from './types.ts';
import { pushAll } from '../large-arrays.ts';

/** One index term to look up: an exact stem, a wildcard pattern over stems, or a fuzzy stem. */
export interface PlanTerm {
  stem: string;
  /** For wildcards: the pattern over index stems (`comput*`), and a second pattern from the stemmed prefix. */
  patterns?: string[];
  fuzzy: number;
}

/** One way to satisfy a unit: all its terms, adjacent and in order when `adjacent` (a phrase). */
export interface Alternative {
  terms: PlanTerm[];
  /** Stop words allowed between term k and k+1 (a phrase "aiding or abetting" allows exactly "or"). */
  gaps: string[][];
  adjacent: boolean;
  /** 1 for what the user typed; less for a thesaurus synonym. */
  weight: number;
  label: string;
}

/** A concept of the query: satisfied by any of its alternatives. */
export interface QueryUnit {
  alts: Alternative[];
  fields: FieldName[];
  presence: 'optional' | 'required' | 'prohibited';
  boost: number;
  label: string;
  /** The thesaurus groups whose terms are this unit's synonym alternatives (each group lends to one unit only). */
  synonymGroups?: string[];
}

export interface QueryPlan {
  units: QueryUnit[];
  notes: string[];
}

/** A synonym counts, but less than the words the user typed. */
export const SYNONYM_WEIGHT = 0.6;
/** Extra weight for a typed multi-word thesaurus term found as a phrase ("computer system" side by side). */
const CONCEPT_BOOST = 0.5;

function wordsAlt(text: string, weight: number): Alternative | null {
  const { stems, gaps } = stemsAndGaps(analyseWords(text));
  if (stems.length === 0) return null;
  return { terms: stems.map((stem) => ({ stem, fuzzy: 0 })), gaps, adjacent: stems.length > 1, weight, label: text };
}

function wildcardTerm(raw: string): PlanTerm {
  const pattern = raw.toLowerCase().replace(/[^\p{L}\p{N}*]/gu, '');
  const patterns = [pattern];
  // Index terms are stems ("computer" is indexed as "comput"), so "computer*" also tries the stemmed prefix.
  const m = /^([\p{L}\p{N}]+)\*$/u.exec(pattern);
  if (m) {
    const stem = stemWord(m[1]);
    if (stem && stem !== m[1] && m[1].startsWith(stem.slice(0, Math.max(2, stem.length - 1)))) patterns.push(`${stem}*`);
  }
  return { stem: pattern, patterns, fuzzy: 0 };
}

/** Index terms are stems, so a fuzzy word is compared both as typed and as stemmed ("magistrrate" -> "magistrr"). */
function fuzzyTerm(raw: string, distance: number): PlanTerm {
  const word = raw.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const stem = stemWord(word) || word;
  return { stem, patterns: stem === word ? undefined : [word], fuzzy: distance };
}

function synonymAlts(synonyms: SynonymIndex, groups: string[], key: string, expanded: Set<string>, unit: QueryUnit): Alternative[] {
  // Each thesaurus group lends its terms to one unit only: "aiding or abetting" must not count a synonym twice.
  const fresh = groups.filter((g) => !expanded.has(g));
  fresh.forEach((g) => expanded.add(g));
  if (fresh.length > 0) unit.synonymGroups = fresh;
  return synonyms.synonymsOf(fresh, key).map((t) => ({
    terms: t.stems.map((stem) => ({ stem, fuzzy: 0 })),
    gaps: t.gaps,
    adjacent: t.stems.length > 1,
    weight: SYNONYM_WEIGHT,
    label: t.term,
  }));
}

/**
 * Turns parsed clauses into query units: analysis, thesaurus expansion and phrase rules.
 * - A quoted phrase must occur (words adjacent, in order, only the query's own stop words between); never expanded.
 * - A plain word is optional (lunr's OR); a word in a thesaurus group is satisfied by any term of the group.
 * - Consecutive plain words naming a multi-word thesaurus term ("computer system") add a concept unit that
 *   rewards the phrase or any synonym of it.
 * - `-word` excludes exactly that word (not its synonyms); `+word` is satisfied by the word or a synonym.
 */
export function planQuery(clauses: ParsedClause[], synonyms: SynonymIndex | null): QueryPlan {
  const units: QueryUnit[] = [];
  const notes: string[] = [];
  const ignored: string[] = [];
  // A run of plain optional words in the same field, where multi-word thesaurus terms are looked for.
  let run: Array<{ stem: string; unit: QueryUnit }> = [];
  let runField: string | undefined;
  const expanded = new Set<string>();

  const flushRun = (): void => {
    if (synonyms && run.length > 1) {
      for (const span of synonyms.findSpans(run.map((r) => r.stem))) {
        if (span.to - span.from < 2) continue;
        const key = run.slice(span.from, span.to).map((r) => r.stem).join(' ');
        const label = run.slice(span.from, span.to).map((r) => r.unit.label).join(' ');
        const stems = key.split(' ');
        // The thesaurus term's own stop words may stand between the words ("search and seizure" typed as
        // "search seizure", or with its "and" dropped as a common word, is still found as written in statutes).
        const typed: Alternative = {
          terms: stems.map((stem) => ({ stem, fuzzy: 0 })),
          gaps: synonyms.gapsOf(key) ?? stems.slice(1).map(() => []),
          adjacent: true,
          weight: 1,
          label,
        };
        const concept: QueryUnit = { alts: [typed], fields: run[span.from].unit.fields, presence: 'optional', boost: CONCEPT_BOOST, label };
        pushAll(concept.alts, synonymAlts(synonyms, span.groups, key, expanded, concept));
        units.push(concept);
      }
    }
    run = [];
    runField = undefined;
  };

  for (const c of clauses) {
    const fields = c.field ? [c.field] : [...FIELD_NAMES];
    if (c.kind === 'phrase') {
      flushRun();
      const alt = wordsAlt(c.text, 1);
      if (!alt) {
        ignored.push(`"${c.text}"`);
        continue;
      }
      alt.adjacent = true;
      units.push({ alts: [alt], fields, presence: c.presence === 'optional' ? 'required' : c.presence, boost: c.boost, label: `"${c.text}"` });
      continue;
    }
    if (c.wildcard || c.fuzzy > 0) {
      flushRun();
      const term: PlanTerm = c.wildcard ? wildcardTerm(c.text) : fuzzyTerm(c.text, c.fuzzy);
      units.push({
        alts: [{ terms: [term], gaps: [], adjacent: false, weight: 1, label: c.text }],
        fields,
        presence: c.presence,
        boost: c.boost,
        label: c.text,
      });
      continue;
    }
    const alt = wordsAlt(c.text, 1);
    if (!alt) {
      ignored.push(c.text);
      continue;
    }
    const unit: QueryUnit = { alts: [alt], fields, presence: c.presence, boost: c.boost, label: c.text };
    const key = alt.terms.map((t) => t.stem).join(' ');
    if (synonyms && c.presence !== 'prohibited') {
      const spans = synonyms.findSpans(key.split(' '));
      if (spans.length === 1 && spans[0].from === 0 && spans[0].to === alt.terms.length) {
        pushAll(unit.alts, synonymAlts(synonyms, spans[0].groups, key, expanded, unit));
      }
    }
    units.push(unit);
    const plainRunnable = c.presence === 'optional' && c.boost === 1 && alt.terms.length === 1;
    if (plainRunnable && (run.length === 0 || runField === (c.field ?? ''))) {
      run.push({ stem: alt.terms[0].stem, unit });
      runField = c.field ?? '';
    } else {
      flushRun();
      if (plainRunnable) {
        run.push({ stem: alt.terms[0].stem, unit });
        runField = c.field ?? '';
      }
    }
  }
  flushRun();
  if (ignored.length > 0) notes.push(`ignored common words: ${ignored.join(', ')}`);
  const withSynonyms = units.filter((u) => u.alts.some((a) => a.weight < 1));
  if (withSynonyms.length > 0) {
    notes.push(`synonyms used for: ${withSynonyms.map((u) => u.label).join(', ')}`);
  }
  if (units.length > 0 && units.every((u) => u.presence === 'prohibited') && clauses.length > 0) {
    // Every provision without the word would match: allowed (browse minus the word), said plainly.
    notes.push('only exclusions given: listing every provision without those words');
  }
  return { units, notes };
}

/** Re-exported for the route: one place where query errors are made. */
export { SearchSyntaxError };
