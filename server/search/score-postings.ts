import type { TermLookup } from './corpus-stats.ts';
import type { EvalContext } from './evaluate-query.ts';
import type { PlanTerm } from './plan-query.ts';
import type { Shard } from './shard.ts';
import type { SlotScores } from './slot-buffers.ts';
import { FIELD_BOOSTS, FIELD_NAMES } from './types.ts';

/*
 * The inner loops of query evaluation: BM25 of one index term over its posting lists into a score accumulator
 * over global provision slots. Everything here runs once per posting, so it is written for V8: typed arrays read
 * into locals, no double passed through a call that may not be inlined (it would be boxed: a heap allocation per
 * posting).
 */

// lunr's BM25 defaults.
export const K1 = 1.2;
export const B = 0.75;

/** What one query needs while it runs: term look-ups, BM25 constants, allowed shards, matched terms. */
export interface QueryRun {
  ctx: EvalContext;
  lookup: TermLookup;
  /** BM25 length normalisation per field: K1 * (1 - B) and K1 * B / average length. */
  normA: number;
  normB: Float64Array;
  allowed: Array<{ shard: Shard; index: number }>;
  /** Term ids (in the shard) that matched, for highlighting. */
  used: Map<Shard, Set<number>>;
  notes: Set<string>;
  expansions: Map<PlanTerm, string[]>;
}

/** Records an index term (its id in `shard`) that matched, so the page's snippets can highlight it. */
export function markUsed(run: QueryRun, shard: Shard, id: number): void {
  let set = run.used.get(shard);
  if (!set) run.used.set(shard, (set = new Set()));
  set.add(id);
}

/**
 * One index term's BM25 per provision, summed over the fields, into `target`: added, or with `useMax` (the term
 * is one alternative of a unit: the best synonym wins) kept if better. Returns whether any live provision matched.
 */
export function scoreTerm(run: QueryRun, shard: Shard, id: number, idf: Float64Array, fields: readonly number[], target: SlotScores, factor: number, useMax: boolean): boolean {
  const seg = shard.segment;
  let present = 0;
  let longest = -1;
  for (const f of fields) {
    const n = seg.listLength(f, id);
    if (n === 0) continue;
    present++;
    if (longest < 0 || n > seg.listLength(longest, id)) longest = f;
  }
  if (present === 0) return false;
  const c = (f: number): number => FIELD_BOOSTS[FIELD_NAMES[f]] * idf[f] * (K1 + 1) * factor;
  if (!useMax || present === 1) {
    let any = false;
    for (const f of fields) if (seg.listLength(f, id) > 0) any = addField(run, shard, f, id, c(f), target, useMax, null) || any;
    return any;
  }
  // Best alternative over several fields: the short lists (heading, defines, context) are summed in the scratch
  // accumulator, which the walk of the longest list (usually the text) consumes; what it did not meet is folded.
  const acc = run.ctx.buffers.alt;
  for (const f of fields) if (f !== longest && seg.listLength(f, id) > 0) addField(run, shard, f, id, c(f), acc, false, null);
  addField(run, shard, longest, id, c(longest), target, true, acc);
  foldMax(acc, target);
  return true;
}

/**
 * BM25 of term `id` in field `f` for every live provision holding it, added (or, with `useMax`, maxed) into
 * `target`. The accumulator's arrays are read into locals: a double passed to a method that is not inlined is
 * boxed, one heap allocation per posting.
 */
function addField(run: QueryRun, shard: Shard, f: number, id: number, c: number, target: SlotScores, useMax: boolean, extra: SlotScores | null): boolean {
  const seg = shard.segment;
  const { termStart, locals, occStart } = seg.fields[f];
  const lengths = seg.lengths[f];
  const { live, slots } = shard;
  const a = run.normA;
  const b = run.normB[f];
  const scores = target.scores;
  const touched = target.touched;
  const more = extra ? extra.scores : null;
  let count = target.count;
  let any = false;
  for (let p = termStart[id], to = termStart[id + 1]; p < to; p++) {
    const local = locals[p];
    if (live[local] === 0) continue;
    const tf = occStart[p + 1] - occStart[p];
    const slot = slots[local];
    let v = (c * tf) / (tf + a + b * lengths[local]);
    if (more !== null && more[slot] !== 0) {
      // Consumed here: foldMax will skip it (a zero score is an untouched one).
      v += more[slot];
      more[slot] = 0;
    }
    const old = scores[slot];
    if (old === 0) touched[count++] = slot;
    scores[slot] = useMax ? (v > old ? v : old) : old + v;
    any = true;
  }
  target.count = count;
  return any;
}

/** target = max(target, acc) per slot, then acc is cleared. */
export function foldMax(acc: SlotScores, target: SlotScores): void {
  const from = acc.scores;
  const into = target.scores;
  const touched = target.touched;
  let count = target.count;
  for (let i = 0; i < acc.count; i++) {
    const slot = acc.touched[i];
    const v = from[slot];
    if (v === 0) continue;
    from[slot] = 0; // clears the scratch accumulator in the same pass
    const old = into[slot];
    if (old === 0) touched[count++] = slot;
    if (v > old) into[slot] = v;
  }
  target.count = count;
  acc.count = 0;
}
