import type { Bm25Norms } from './bm25.ts';
import type { CorpusStats, TermInfo, TermLookup } from './corpus-stats.ts';
import { expandFuzzy, expandWildcard, wordForms } from './expand-terms.ts';
import { phraseKey, phraseList } from './phrase-postings.ts';
import { SYNONYM_WEIGHT, type PlanTerm, type QueryPlan, type QueryUnit } from './plan-query.ts';
import type { Shard } from './shard.ts';
import { bm25Norms, K1, postingWeights } from './bm25.ts';
import { ADD, foldMax, MAX, markUsed, scoreTerm, walkPostings, type QueryRun, type Restriction } from './score-postings.ts';
import { MAX_RESTRICTED, type EvalBuffers, type SlotScores } from './slot-buffers.ts';
import { mergedGroups, type SynonymPostings } from './synonym-postings.ts';
import { FIELD_BOOSTS, FIELD_NAMES, type FieldName } from './types.ts';

/** A wildcard or fuzzy term is expanded to at most this many index terms (the first in sorted order). */
const MAX_EXPANSIONS = 64;
const FIELD_INDEX = new Map(FIELD_NAMES.map((f, i) => [f, i]));

export interface EvalContext {
  shards: readonly Shard[];
  stats: CorpusStats;
  /** Number of global slots (live or not): the size of the score buffers in use. */
  slotCount: number;
  /** Term ids and idf for this state of the index (shards and statistics). */
  lookup: TermLookup;
  /** The statistics every shard's posting weights were computed for (Shard.normalise); from `stats` if absent. */
  norms?: Bm25Norms;
  buffers: EvalBuffers;
  /** The text of one field of the provision in a global slot (phrases are checked against it). */
  fieldText(slot: number, field: FieldName): string;
  /** Shards that may hold a provision passing the filters; others are skipped. */
  shardAllowed(shard: Shard): boolean;
  /** Every index term of every shard, sorted: wildcards and fuzzy terms expand over it (built on first use). */
  vocabulary(): readonly string[];
  /** Merged postings per thesaurus group (synonym-postings.ts); without them every synonym is walked. */
  synonymLists?: SynonymPostings | null;
}

interface Evaluation {
  /** Ids of the index terms that matched, per shard, for highlighting. */
  terms: Map<Shard, Set<number>>;
  notes: string[];
}

/** The index terms a plan term stands for: itself, or its wildcard/fuzzy expansions over the whole vocabulary. */
function indexTerms(run: QueryRun, term: PlanTerm): string[] {
  let out = run.expansions.get(term);
  if (out) return out;
  if (term.fuzzy > 0 || term.patterns) {
    const vocabulary = run.ctx.vocabulary();
    const found = new Set<string>();
    const expand = (p: string): string[] => (term.fuzzy > 0 ? expandFuzzy(vocabulary, p, term.fuzzy, MAX_EXPANSIONS) : expandWildcard(vocabulary, p, MAX_EXPANSIONS));
    if (term.fuzzy > 0) for (const t of expand(term.stem)) found.add(t);
    for (const p of term.patterns ?? []) for (const t of expand(p)) found.add(t);
    if (term.fuzzy === 0 && found.size >= MAX_EXPANSIONS) run.notes.add(`"${term.stem}" matches many words: only the first ${MAX_EXPANSIONS} are searched`);
    out = [...found];
  } else if (term.forms) {
    out = [term.stem, ...wordForms(run.ctx.vocabulary(), term.stem)];
  } else {
    out = [term.stem];
  }
  run.expansions.set(term, out);
  return out;
}

/** A plan alternative resolved once per query (not per shard): its terms' ids and idf, its phrase key. */
interface PreparedAlt {
  factor: number;
  /** A single word: the index terms it stands for (one, or its wildcard/fuzzy expansions). */
  words: TermInfo[] | null;
  /** A phrase: its words in order, the stop words allowed between them, and its key in Shard.phrases. */
  phrase: { infos: TermInfo[]; gaps: string[][]; key: string; share: number } | null;
}

interface PreparedUnit {
  fields: number[];
  useMax: boolean;
  alts: PreparedAlt[];
  /** Thesaurus groups scored from their merged lists (instead of the synonym alternatives), or null. */
  groups: readonly string[] | null;
  /** A synonym's weight in this unit: SYNONYM_WEIGHT x the unit's boost. */
  groupFactor: number;
}

function prepareUnit(run: QueryRun, unit: QueryUnit): PreparedUnit {
  const groups = mergedGroups(run.ctx.synonymLists, unit);
  // With merged lists only the typed alternative is walked; it keeps the `max` of a unit of several alternatives.
  const alts = groups ? unit.alts.slice(0, 1) : unit.alts;
  return {
    fields: unit.fields.map((f) => FIELD_INDEX.get(f)!),
    useMax: unit.alts.length > 1,
    groups,
    groupFactor: SYNONYM_WEIGHT * unit.boost,
    alts: alts.map((alt): PreparedAlt => {
      const factor = alt.weight * unit.boost;
      if (alt.terms.length === 1) return { factor, words: indexTerms(run, alt.terms[0]).map((t) => run.lookup.get(t)), phrase: null };
      const stems = alt.terms.map((t) => t.stem);
      // A synonym stands for one concept of the query: its words share one concept's score, so a long synonym
      // ("electromagnetic, acoustic, mechanical or other device") cannot outweigh the word the user typed.
      const share = alt.weight < 1 ? 1 / stems.length : 1;
      return { factor, words: null, phrase: { infos: stems.map((t) => run.lookup.get(t)), gaps: alt.gaps, key: phraseKey(stems, alt.gaps), share } };
    }),
  };
}

/**
 * One word (or its wildcard/fuzzy expansions) into `target`: `max` when the word is one alternative among
 * several (an expanded word sums its expansions first, in the scratch accumulator), `add` otherwise.
 */
function scoreWord(run: QueryRun, shard: Shard, s: number, words: readonly TermInfo[], fields: readonly number[], target: SlotScores, factor: number, useMax: boolean): void {
  const expanded = useMax && words.length > 1;
  const into = expanded ? run.ctx.buffers.alt : target;
  for (const info of words) {
    const id = info.ids[s];
    if (id >= 0 && scoreTerm(run, shard, id, info.idf, fields, into, factor, useMax && !expanded)) markUsed(run, shard, id);
  }
  if (expanded) foldMax(into, target);
}

/**
 * Several words that must occur together (a typed phrase or a multi-word synonym; every multi-word alternative
 * the planner makes is a phrase). Thesaurus phrases are found once per shard when the shard is built or loaded
 * (Shard.phrases); a phrase typed by the user is found here, field by field.
 */
function scorePhrase(run: QueryRun, shard: Shard, s: number, phrase: NonNullable<PreparedAlt['phrase']>, fields: readonly number[], target: SlotScores, factor: number, useMax: boolean): void {
  const { infos } = phrase;
  for (const info of infos) if (info.ids[s] < 0) return;
  const seg = shard.segment;
  const stored = shard.phrases.get(phrase.key);
  // Scores of several fields are summed before taking the best alternative; a phrase found in one field only
  // (the usual case) goes straight into the target.
  let present = 0;
  if (stored) for (const f of fields) if (stored[f].locals.length > 0) present++;
  if (stored && present === 0) return;
  const sum = useMax && present !== 1;
  const acc = sum ? run.ctx.buffers.alt : target;
  const mode = useMax && !sum ? MAX : ADD;
  const { norms } = run;
  let matched = false;
  for (const f of fields) {
    const field = FIELD_NAMES[f];
    const list = stored
      ? stored[f]
      : phraseList(seg, f, infos.map((info) => info.ids[s]), phrase.gaps, (local) => run.ctx.fieldText(shard.slots[local], field));
    if (list.locals.length === 0) continue;
    // A stored list is weighed when the shard is normalised; a typed phrase's list here.
    const weights = list.weights ?? postingWeights(list.locals, null, list.hits, seg.lengths[f], norms.a, norms.b[f]);
    let idfSum = 0;
    for (const info of infos) idfSum += info.idf[f];
    const c = FIELD_BOOSTS[field] * (K1 + 1) * idfSum * (phrase.share * factor);
    if (walkPostings(shard, list.locals, weights, 0, list.locals.length, c, acc, mode, null, run.only)) matched = true;
  }
  if (sum) foldMax(acc, target);
  if (matched) for (const info of infos) markUsed(run, shard, info.ids[s]);
}

/**
 * A unit's score per provision of one shard into `target`: the best weighted alternative, since a unit is one
 * concept however many of its synonyms a provision has.
 */
function scoreUnit(run: QueryRun, unit: PreparedUnit, shard: Shard, index: number, target: SlotScores): void {
  for (const alt of unit.alts) {
    if (alt.words) scoreWord(run, shard, index, alt.words, unit.fields, target, alt.factor, unit.useMax);
    else scorePhrase(run, shard, index, alt.phrase!, unit.fields, target, alt.factor, unit.useMax);
  }
  if (unit.groups) {
    const lists = run.ctx.synonymLists!;
    for (const group of unit.groups) {
      const list = lists.get(run.lookup, shard, index, group);
      walkPostings(shard, list.locals, list.scores, 0, list.locals.length, unit.groupFactor, target, MAX, null, run.only);
      for (const id of list.used) markUsed(run, shard, id);
    }
  }
}

/**
 * total += unit per slot, then the unit accumulator is cleared. With `need`, only slots whose count of required
 * units is `R`; with `skip`, not the excluded slots. One loop with the arrays in locals (see score-postings.ts).
 */
function addAll(unit: SlotScores, total: SlotScores, need: Uint8Array | null, R: number, skip: Uint8Array | null): void {
  const from = unit.scores;
  const into = total.scores;
  const touched = total.touched;
  let count = total.count;
  for (let i = 0; i < unit.count; i++) {
    const slot = unit.touched[i];
    const v = from[slot];
    from[slot] = 0; // clears the unit accumulator in the same pass
    if ((need !== null && need[slot] !== R) || (skip !== null && skip[slot] !== 0)) continue;
    const old = into[slot];
    if (old === 0) touched[count++] = slot;
    into[slot] = old + v;
  }
  total.count = count;
  unit.count = 0;
}

/**
 * The provisions of this (clean) shard that had every one of the first k required units, when they are few: the
 * only ones the next required unit needs to score. Their ids go into `scratch`.
 */
function stillPossible(total: SlotScores, from: number, req: Uint8Array, k: number, base: number, scratch: Int32Array): Restriction | null {
  let n = 0;
  for (let i = from; i < total.count; i++) if (req[total.touched[i]] === k) n++;
  if (n === 0 || n > MAX_RESTRICTED) return null;
  let m = 0;
  for (let i = from; i < total.count; i++) {
    const slot = total.touched[i];
    if (req[slot] === k) scratch[m++] = slot - base;
  }
  scratch.subarray(0, m).sort();
  return { locals: scratch, count: m };
}

/**
 * Runs a query plan over every allowed shard with BM25 on corpus-wide statistics; every matching live provision
 * goes into buffers.hits with its score (facets and filters are applied to that list next). lunr's semantics for
 * presence: required units must all match, prohibited ones must not, and without required units at least one
 * optional unit must match. A query of exclusions only lists every other provision.
 * Scores live in typed arrays over global slots, reused between queries. Shard by shard, so that all the units and
 * synonyms of a query work on one shard's slots while they are in cache; a query of one unit is scored straight
 * into the totals (each pass over the accumulators costs about as much as scoring).
 */
export function evaluatePlan(plan: QueryPlan, ctx: EvalContext): Evaluation {
  const hits = ctx.buffers.hits;
  const stats = ctx.stats;
  const run: QueryRun = {
    ctx,
    lookup: ctx.lookup,
    norms: ctx.norms ?? bm25Norms(stats),
    allowed: ctx.shards.map((shard, index) => ({ shard, index })).filter(({ shard }) => ctx.shardAllowed(shard)),
    used: new Map(),
    notes: new Set(),
    expansions: new Map(),
    only: null,
  };
  const { unit: best, total, required: reqCount, excluded } = ctx.buffers;
  const required: PreparedUnit[] = [];
  const optional: PreparedUnit[] = [];
  const prohibited: PreparedUnit[] = [];
  for (const u of plan.units) {
    const into = u.presence === 'required' ? required : u.presence === 'optional' ? optional : prohibited;
    into.push(prepareUnit(run, u));
  }
  const R = required.length;
  const used = run.used;
  for (const { shard, index } of run.allowed) {
    for (const u of prohibited) {
      // Excluded words do not highlight.
      run.used = new Map();
      scoreUnit(run, u, shard, index, best);
      for (let i = 0; i < best.count; i++) excluded.set(best.touched[i], 1);
      best.reset();
    }
    run.used = used;
    const before = total.count;
    for (let k = 0; k < R; k++) {
      const u = required[k];
      run.only = k > 0 && shard.clean ? stillPossible(total, before, reqCount.marks, k, shard.base, ctx.buffers.restricted) : null;
      scoreUnit(run, u, shard, index, best);
      run.only = null;
      for (let i = 0; i < best.count; i++) {
        const slot = best.touched[i];
        if (excluded.marks[slot]) continue;
        reqCount.increment(slot);
      }
      addAll(best, total, null, 0, excluded.marks);
    }
    // With required units, optional ones only add to provisions that have them all: none in this shard, no work.
    let candidates = R === 0;
    for (let i = before; i < total.count && !candidates; i++) candidates = reqCount.marks[total.touched[i]] === R;
    if (!candidates) continue;
    for (let i = 0; i < optional.length; i++) {
      if (R === 0 && (i === 0 || !optional[i].useMax)) {
        // Shards hold disjoint slots: without required units, the totals of this shard's slots are still 0, so
        // the first unit is scored straight into them (one pass over its matches fewer). So is a later unit of one
        // alternative, which only adds.
        scoreUnit(run, optional[i], shard, index, total);
        continue;
      }
      scoreUnit(run, optional[i], shard, index, best);
      addAll(best, total, R > 0 ? reqCount.marks : null, R, null);
    }
  }
  hits.ensure(ctx.slotCount);
  const out = hits.slots;
  const outScores = hits.scores;
  let n = 0;
  if (R > 0 || optional.length > 0) {
    // Without required units every touched provision matched an optional one. In slot order, so that the facet
    // counts and the grouping by unit that follow read their per-slot arrays forward (ties are broken by slot).
    const scores = total.scores;
    const ex = excluded.marks;
    const req = reqCount.marks;
    total.sortTouched(ctx.buffers.orderBits);
    const touched = total.touched;
    for (let i = 0; i < total.count; i++) {
      const slot = touched[i];
      if (ex[slot] === 0 && (R === 0 || req[slot] === R)) {
        out[n] = slot;
        outScores[n++] = scores[slot];
      }
    }
  } else if (prohibited.length > 0) {
    for (const { shard } of run.allowed) {
      for (let local = 0; local < shard.size; local++) {
        const slot = shard.slots[local];
        if (shard.live[local] && !excluded.marks[slot]) {
          out[n] = slot;
          outScores[n++] = 0;
        }
      }
    }
  }
  hits.count = n;
  return { terms: run.used, notes: [...run.notes] };
}
