import type { CorpusStats } from './corpus-stats.ts';
import { findPhrase } from './phrase-match.ts';
import type { Alternative, PlanTerm, QueryPlan, QueryUnit } from './plan-query.ts';
import type { Shard } from './shard.ts';
import { FIELD_BOOSTS, type FieldName } from './types.ts';

// lunr's BM25 defaults.
const K1 = 1.2;
const B = 0.75;
/** A wildcard or fuzzy term is expanded to at most this many index terms per shard. */
export const MAX_EXPANSIONS = 64;

export interface Match {
  slot: number;
  score: number;
}

export interface EvalContext {
  shards: readonly Shard[];
  stats: CorpusStats;
  /** The text of one field of the provision in a global slot (phrases are checked against it). */
  fieldText(slot: number, field: FieldName): string;
  /** Shards that may hold a provision passing the filters; others are skipped. */
  shardAllowed(shard: Shard): boolean;
}

export interface Evaluation {
  matches: Match[];
  /** Index terms that matched, per shard, for highlighting. */
  terms: Map<Shard, Set<string>>;
  notes: string[];
}

function indexTerms(shard: Shard, term: PlanTerm, notes: Set<string>): string[] {
  if (term.fuzzy > 0) {
    const out = new Set(shard.expand(term.stem, term.fuzzy, MAX_EXPANSIONS));
    for (const p of term.patterns ?? []) for (const t of shard.expand(p, term.fuzzy, MAX_EXPANSIONS)) out.add(t);
    return [...out];
  }
  if (term.patterns) {
    const out = new Set<string>();
    for (const p of term.patterns) for (const t of shard.expand(p, 0, MAX_EXPANSIONS)) out.add(t);
    if (out.size >= MAX_EXPANSIONS) notes.add(`"${term.stem}" matches many words: only the first ${MAX_EXPANSIONS} are searched`);
    return [...out];
  }
  return shard.invertedIndex[term.stem] ? [term.stem] : [];
}

function bm25(stats: CorpusStats, field: FieldName, idf: number, tf: number, dl: number): number {
  const norm = tf + K1 * (1 - B + (B * dl) / stats.avgLength(field));
  return (FIELD_BOOSTS[field] * idf * ((K1 + 1) * tf)) / norm;
}

/** Local refs present in every list (all lists sorted ascending). */
function intersect(lists: Int32Array[]): number[] {
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  const out: number[] = [];
  const at = sorted.map(() => 0);
  outer: for (const local of sorted[0]) {
    for (let k = 1; k < sorted.length; k++) {
      const list = sorted[k];
      let i = at[k];
      while (i < list.length && list[i] < local) i++;
      at[k] = i;
      if (i >= list.length) break outer;
      if (list[i] !== local) continue outer;
    }
    out.push(local);
  }
  return out;
}

/** Per-shard score accumulators, reused across alternatives: only touched entries are reset. */
class Accumulator {
  readonly scores: Float64Array;
  readonly touched: number[] = [];
  constructor(size: number) {
    this.scores = new Float64Array(size);
  }
  add(local: number, s: number): void {
    if (this.scores[local] === 0) this.touched.push(local);
    this.scores[local] += s;
  }
  reset(): void {
    for (const local of this.touched) this.scores[local] = 0;
    this.touched.length = 0;
  }
}

/** Adds the scores (before weight) of the provisions of one shard satisfying one alternative to `acc`. */
function scoreAlternative(ctx: EvalContext, shard: Shard, alt: Alternative, fields: FieldName[], acc: Accumulator, used: Set<string>, notes: Set<string>): void {
  if (alt.terms.length === 1) {
    const terms = indexTerms(shard, alt.terms[0], notes);
    for (const t of terms) {
      for (const f of fields) {
        const { locals, tfs } = shard.postingList(t, f);
        if (locals.length === 0) continue;
        const idf = ctx.stats.idf(f, t);
        const lengths = shard.lengths[f];
        for (let i = 0; i < locals.length; i++) {
          const local = locals[i];
          if (shard.live[local]) acc.add(local, bm25(ctx.stats, f, idf, tfs[i], lengths[local]));
        }
      }
    }
    if (acc.touched.length > 0) terms.forEach((t) => used.add(t));
    return;
  }
  // Several words: a phrase (a typed phrase, a hyphenated compound, or a multi-word synonym).
  for (const t of alt.terms) if (!shard.invertedIndex[t.stem]) return;
  for (const f of fields) {
    const lists = alt.terms.map((t) => shard.postingList(t.stem, f).locals);
    if (lists.some((l) => l.length === 0)) continue;
    const idfs = alt.terms.map((t) => ctx.stats.idf(f, t.stem));
    for (const local of intersect(lists)) {
      if (!shard.live[local]) continue;
      const positions = alt.terms.map((t) => shard.positions(t.stem, f, local)!);
      const hits = alt.adjacent ? findPhrase(ctx.fieldText(shard.slots[local], f), positions, alt.gaps).length : Math.min(...positions.map((p) => p.length));
      if (hits === 0) continue;
      let s = 0;
      for (const idf of idfs) s += bm25(ctx.stats, f, idf, hits, shard.lengths[f][local]);
      // A synonym stands for one concept of the query: its words share one concept's score, so a long synonym
      // ("electromagnetic, acoustic, mechanical or other device") cannot outweigh the word the user typed.
      if (alt.weight < 1) s /= alt.terms.length;
      acc.add(local, s);
    }
  }
  if (acc.touched.length > 0) alt.terms.forEach((t) => used.add(t.stem));
}

/** Best weighted alternative per provision: a unit is one concept, however many of its synonyms a provision has. */
function scoreUnit(ctx: EvalContext, shard: Shard, unit: QueryUnit, scratch: Accumulator, best: Accumulator, used: Set<string>, notes: Set<string>): void {
  for (const alt of unit.alts) {
    scoreAlternative(ctx, shard, alt, unit.fields, scratch, used, notes);
    const factor = alt.weight * unit.boost;
    for (const local of scratch.touched) {
      const v = scratch.scores[local] * factor;
      const old = best.scores[local];
      if (old === 0) best.touched.push(local);
      if (v > old) best.scores[local] = v;
    }
    scratch.reset();
  }
}

/**
 * Runs a query plan over every allowed shard with BM25 on corpus-wide statistics. lunr's semantics for presence:
 * required units must all match, prohibited ones must not, and without required units at least one optional unit
 * must match. A query of exclusions only lists every other provision. Typed arrays per shard, no maps: over the
 * bulk corpus a common word matches tens of thousands of provisions.
 */
export function evaluatePlan(plan: QueryPlan, ctx: EvalContext): Evaluation {
  const matches: Match[] = [];
  const terms = new Map<Shard, Set<string>>();
  const notes = new Set<string>();
  const required = plan.units.filter((u) => u.presence === 'required');
  const optional = plan.units.filter((u) => u.presence === 'optional');
  const prohibited = plan.units.filter((u) => u.presence === 'prohibited');
  for (const shard of ctx.shards) {
    if (!ctx.shardAllowed(shard)) continue;
    const used = new Set<string>();
    const scratch = new Accumulator(shard.size);
    const unitBest = new Accumulator(shard.size);
    const total = new Accumulator(shard.size);
    // Per provision: how many required units matched; 255 marks an excluded one.
    const flags = new Uint8Array(shard.size);
    const EXCLUDED = 255;
    for (const u of prohibited) {
      scoreUnit(ctx, shard, u, scratch, unitBest, new Set(), notes);
      for (const local of unitBest.touched) flags[local] = EXCLUDED;
      unitBest.reset();
    }
    let candidates: number[] | null = null;
    for (const u of required) {
      scoreUnit(ctx, shard, u, scratch, unitBest, used, notes);
      for (const local of unitBest.touched) {
        if (flags[local] === EXCLUDED) continue;
        flags[local]++;
        total.add(local, unitBest.scores[local]);
      }
      unitBest.reset();
    }
    if (required.length > 0) candidates = total.touched.filter((local) => flags[local] === required.length);
    if (candidates === null || candidates.length > 0) {
      const optionalHits = new Uint8Array(required.length > 0 ? 0 : shard.size);
      for (const u of optional) {
        scoreUnit(ctx, shard, u, scratch, unitBest, used, notes);
        for (const local of unitBest.touched) {
          if (flags[local] === EXCLUDED) continue;
          total.add(local, unitBest.scores[local]);
          if (required.length === 0) optionalHits[local] = 1;
        }
        unitBest.reset();
      }
      if (candidates === null) {
        if (optional.length > 0) candidates = total.touched.filter((local) => optionalHits[local] === 1);
        else {
          candidates = [];
          for (let i = 0; i < shard.size; i++) if (shard.live[i] && flags[i] !== EXCLUDED) candidates.push(i);
        }
      }
    }
    for (const local of candidates) {
      if (flags[local] !== EXCLUDED) matches.push({ slot: shard.slots[local], score: total.scores[local] });
    }
    terms.set(shard, used);
  }
  return { matches, terms, notes: [...notes] };
}
