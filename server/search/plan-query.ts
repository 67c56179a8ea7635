import { analyseWords } from './analysis.ts';
import { stemWord } from '../thesaurus/index.ts';
import { TITLE_FIELD, type ParsedClause } from './parse-query.ts';
import { stemsAndGaps, type SynonymIndex } from './synonym-index.ts';
import { FIELD_NAMES, type FieldName } from './types.ts';
import { pushAll } from '../large-arrays.ts';

/** One index term to look up: an exact stem, a wildcard pattern over stems, or a fuzzy stem. */
export interface PlanTerm {
  stem: string;
  /** For wildcards: the pattern over index stems (`comput*`), and a second pattern from the stemmed prefix. */
  patterns?: string[];
  fuzzy: number;
  /** A word the user typed: also other forms of it in the vocabulary ("interference" finds "interferes"). */
  forms?: boolean;
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

/** A `title:` clause: the instruments whose title has the words (stems in order), or a word starting so. */
export interface TitleAlt {
  stems: string[];
  /** `title:cyber*`: the last stem is a prefix. */
  prefix: boolean;
  label: string;
}

/** Restricts the instruments searched: any alternative (an OR of title: clauses) matches; `prohibited` excludes. */
export interface TitleRule {
  alts: TitleAlt[];
  presence: 'required' | 'prohibited';
}

export interface QueryPlan {
  units: QueryUnit[];
  notes: string[];
  /** `title:` restrictions, all of which an instrument must pass. */
  titles: TitleRule[];
  /**
   * True when words were required only because AND is the default between them: with no hit, the query may be
   * run again as "any of these words" (said in the notes).
   */
  relaxable: boolean;
}

/** How words side by side are joined: `all` (AND, the default of legal databases) or `any` (OR, ranked). */
type MatchMode = 'all' | 'any';

/** A synonym counts, but less than the words the user typed. */
export const SYNONYM_WEIGHT = 0.6;
/** Extra weight for a typed multi-word thesaurus term found as a phrase ("computer system" side by side). */
const CONCEPT_BOOST = 0.5;

function wordsAlt(text: string, weight: number, forms = false): Alternative | null {
  const { stems, gaps } = stemsAndGaps(analyseWords(text));
  if (stems.length === 0) return null;
  const single = forms && stems.length === 1;
  return { terms: stems.map((stem) => (single ? { stem, fuzzy: 0, forms: true } : { stem, fuzzy: 0 })), gaps, adjacent: stems.length > 1, weight, label: text };
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
 * Turns parsed clauses into query units: analysis, thesaurus expansion, phrase rules and the connectors.
 * - Words side by side are all required (`match` `all`, the default) or any of them (`any`, ranked by how many
 *   match); an explicit AND requires both sides in either mode. OR binds first, as in legal databases: `a b OR c`
 *   is a AND (b OR c); an OR group is one unit whose alternatives are its clauses (and their synonyms).
 * - A quoted phrase must occur (words adjacent, in order, only the query's own stop words between); never expanded.
 * - A word in a thesaurus group is satisfied by any term of the group.
 * - Consecutive plain words naming a multi-word thesaurus term ("computer system") add a concept unit that
 *   rewards the phrase or any synonym of it; with AND, each of those words is also satisfied by the synonym
 *   ("information system" stands for both "computer" and "system").
 * - `-word` / NOT word excludes exactly that word (not its synonyms); `+word` is satisfied by the word or a synonym.
 * - `title:` clauses do not score: they restrict the instruments searched (`titles`).
 */
export function planQuery(clauses: ParsedClause[], synonyms: SynonymIndex | null, match: MatchMode = 'all'): QueryPlan {
  const units: QueryUnit[] = [];
  const notes: string[] = [];
  const ignored: string[] = [];
  const titles: TitleRule[] = [];
  let defaultAnd = 0;
  // A run of plain words in the same field, where multi-word thesaurus terms are looked for.
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
        const conceptSynonyms = synonymAlts(synonyms, span.groups, key, expanded, concept);
        pushAll(concept.alts, conceptSynonyms);
        units.push(concept);
        // Required words of the concept: a synonym of the whole ("information system" for "computer system")
        // satisfies each of them.
        for (const r of run.slice(span.from, span.to)) {
          if (r.unit.presence !== 'required' || conceptSynonyms.length === 0) continue;
          pushAll(r.unit.alts, conceptSynonyms.map((a) => ({ ...a })));
          r.unit.synonymGroups = [...(r.unit.synonymGroups ?? []), ...(concept.synonymGroups ?? [])];
        }
      }
    }
    run = [];
    runField = undefined;
  };

  /** A clause's own unit (its words, phrase, wildcard or fuzzy term, with synonyms), or null for stop words only. */
  const clauseUnit = (c: ParsedClause, presence: QueryUnit['presence']): QueryUnit | null => {
    const fields = c.field && c.field !== TITLE_FIELD ? [c.field] : [...FIELD_NAMES];
    if (c.kind === 'phrase') {
      const alt = wordsAlt(c.text, 1);
      if (!alt) {
        ignored.push(`"${c.text}"`);
        return null;
      }
      alt.adjacent = true;
      return { alts: [alt], fields, presence, boost: c.boost, label: `"${c.text}"` };
    }
    if (c.wildcard || c.fuzzy > 0) {
      const term: PlanTerm = c.wildcard ? wildcardTerm(c.text) : fuzzyTerm(c.text, c.fuzzy);
      return { alts: [{ terms: [term], gaps: [], adjacent: false, weight: 1, label: c.text }], fields, presence, boost: c.boost, label: c.text };
    }
    const alt = wordsAlt(c.text, 1, presence !== 'prohibited');
    if (!alt) {
      ignored.push(c.text);
      return null;
    }
    const unit: QueryUnit = { alts: [alt], fields, presence, boost: c.boost, label: c.text };
    const key = alt.terms.map((t) => t.stem).join(' ');
    if (synonyms && presence !== 'prohibited') {
      const spans = synonyms.findSpans(key.split(' '));
      if (spans.length === 1 && spans[0].from === 0 && spans[0].to === alt.terms.length) {
        pushAll(unit.alts, synonymAlts(synonyms, spans[0].groups, key, expanded, unit));
      }
    }
    return unit;
  };

  const groups = joinGroups(clauses);
  groups.forEach((group, g) => {
    const first = group[0];
    const explicitAnd = first.join === 'and' || groups[g + 1]?.[0].join === 'and';
    if (first.field === TITLE_FIELD) {
      flushRun();
      const alts = group.map(titleAlt).filter((a): a is TitleAlt => a !== null);
      if (alts.length > 0) titles.push({ alts, presence: first.presence === 'prohibited' ? 'prohibited' : 'required' });
      return;
    }
    const joined: Joining = { size: group.length, explicitAnd, match };
    if (group.length > 1) {
      flushRun();
      const unit = orUnit(group.map((c) => clauseUnit(c, 'optional')), joinedPresence(first, joined));
      if (unit) units.push(unit);
      if (unit && joinedByDefault(first, joined)) defaultAnd++;
      return;
    }
    const c = first;
    const presence = joinedPresence(c, joined);
    const unit = clauseUnit(c, presence);
    if (!unit) return;
    units.push(unit);
    if (joinedByDefault(c, joined)) defaultAnd++;
    if (c.kind === 'phrase' || c.wildcard || c.fuzzy > 0) {
      flushRun();
      return;
    }
    const plainRunnable = c.presence === 'optional' && c.boost === 1 && unit.alts[0].terms.length === 1;
    if (plainRunnable && (run.length === 0 || runField === (c.field ?? ''))) {
      run.push({ stem: unit.alts[0].terms[0].stem, unit });
      runField = c.field ?? '';
    } else {
      flushRun();
      if (plainRunnable) {
        run.push({ stem: unit.alts[0].terms[0].stem, unit });
        runField = c.field ?? '';
      }
    }
  });
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
  return { units, notes, titles, relaxable: match === 'all' && defaultAnd > 1 };
}

/** How a group of clauses (joined by OR) stands among its neighbours. */
interface Joining {
  size: number;
  explicitAnd: boolean;
  match: MatchMode;
}

/**
 * Words side by side: required with AND (the default), optional with "any of these words"; a phrase or an explicit
 * sign or operator keeps its meaning in both modes. (Module functions, not closures made per group of every query.)
 */
function joinedPresence(c: ParsedClause, j: Joining): QueryUnit['presence'] {
  if (c.presence !== 'optional') return c.presence;
  if (c.kind === 'phrase' && j.size === 1) return 'required';
  return j.match === 'all' || j.explicitAnd ? 'required' : 'optional';
}

/** Counted when AND was only the default: with no hit, the words are tried as "any of them". */
function joinedByDefault(c: ParsedClause, j: Joining): boolean {
  return c.presence === 'optional' && !j.explicitAnd && j.match === 'all' && (c.kind !== 'phrase' || j.size > 1);
}

/** Clauses in groups joined by OR (OR binds before AND). */
function joinGroups(clauses: ParsedClause[]): ParsedClause[][] {
  const groups: ParsedClause[][] = [];
  for (const c of clauses) {
    if (c.join === 'or' && groups.length > 0) groups[groups.length - 1].push(c);
    else groups.push([c]);
  }
  return groups;
}

/**
 * One unit for `a OR b OR c`: satisfied by any clause or any clause's synonym, scored by the best of them. The
 * clauses share one field (the parser checks it); a boost other than 1 is folded into its alternatives' weights.
 */
function orUnit(parts: Array<QueryUnit | null>, presence: QueryUnit['presence']): QueryUnit | null {
  const present = parts.filter((u): u is QueryUnit => u !== null);
  if (present.length === 0) return null;
  const unit: QueryUnit = { alts: [], fields: present[0].fields, presence, boost: 1, label: present.map((u) => u.label).join(' OR ') };
  for (const u of present) {
    for (const a of u.alts) unit.alts.push(u.boost === 1 ? a : { ...a, weight: a.weight * u.boost });
    if (u.synonymGroups) unit.synonymGroups = [...(unit.synonymGroups ?? []), ...u.synonymGroups];
  }
  return unit;
}

/** A `title:` clause as stems; null when it has only common words. */
function titleAlt(c: ParsedClause): TitleAlt | null {
  const prefix = c.wildcard && /\*$/.test(c.text);
  const text = c.text.replace(/\*/g, ' ');
  const words = analyseWords(text);
  const stems = words.filter((w) => !w.stop).map((w, i, all) => (prefix && i === all.length - 1 ? w.word : w.stem));
  if (stems.length === 0) return null;
  return { stems, prefix, label: c.text };
}

/** Re-exported for the route: one place where query errors are made. */
