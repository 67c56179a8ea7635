import { K1, type Bm25Norms } from './bm25.ts';
import type { TermLookup } from './corpus-stats.ts';
import type { EvalContext } from './evaluate-query.ts';
import type { PlanTerm } from './plan-query.ts';
import type { Shard } from './shard.ts';
import type { SlotScores } from './slot-buffers.ts';
import { FIELD_BOOSTS, FIELD_NAMES } from './types.ts';


/** k1 + 1, BM25's numerator factor (evaluated as lunr's `k1 + 1`). */
const K1_PLUS_1 = K1 + 1;

/*
 * The inner loops of query evaluation: BM25 of one index term over its posting lists into a score accumulator
 * over global provision slots. Everything here runs once per posting, so it is written for V8: typed arrays read
 * into locals, one small function per kind of loop (add, keep the best, keep the best adding a scratch sum), no
 * double passed through a call that may not be inlined (it would be boxed: a heap allocation per posting).
 * A posting's score is `c * weight`: c = field boost x idf x (k1 + 1) x the unit's weight, and the weight is
 * precomputed per posting for the current statistics (bm25.ts, Shard.normalise). In a shard with no tombstone
 * and contiguous slots (every built or loaded shard until an upsert) the loops read neither `live` nor `slots`.
 */

/** What one query needs while it runs: term look-ups, allowed shards, matched terms. */
export interface QueryRun {
  ctx: EvalContext;
  lookup: TermLookup;
  /** The statistics the shards' posting weights were computed for. */
  norms: Bm25Norms;
  allowed: Array<{ shard: Shard; index: number }>;
  /** Term ids (in the shard) that matched, for highlighting. */
  used: Map<Shard, Set<number>>;
  notes: Set<string>;
  expansions: Map<PlanTerm, string[]>;
  /** While a later required unit is scored: the provisions that can still be hits, when they are few. */
  only: Restriction | null;
}

/** Records an index term (its id in `shard`) that matched, so the page's snippets can highlight it. */
export function markUsed(run: QueryRun, shard: Shard, id: number): void {
  let set = run.used.get(shard);
  if (!set) run.used.set(shard, (set = new Set()));
  set.add(id);
}

/** How a posting list is folded into an accumulator. */
export const ADD = 0;
export const MAX = 1;
/** MAX after adding the scratch accumulator's entry for the slot (which is consumed: set to 0). */
export const MAX_PLUS = 2;

/**
 * Postings [from, to) of `locals`/`weights` (a term's or a phrase's list in one field of `shard`) into `target`
 * with score c * weight; with `only`, those of the provisions it names at least (in a clean shard: the others may be
 * left out). Returns whether a live provision matched (a clean shard: whether the list has any posting).
 */
export function walkPostings(shard: Shard, locals: Uint32Array, weights: Float64Array, from: number, to: number, c: number, target: SlotScores, mode: number, extra: SlotScores | null, only: Restriction | null): boolean {
  if (from >= to) return false;
  // A list much longer than the provisions it may score is searched for them rather than read whole.
  if (only !== null && shard.clean && to - from > only.count * 8) {
    walkOnly(target, extra ? extra.scores : null, locals, weights, from, to, c, shard.base, mode, only.locals, only.count);
    return true;
  }
  if (shard.clean) {
    if (mode === ADD) addClean(target, locals, weights, from, to, c, shard.base);
    else if (mode === MAX) maxClean(target, locals, weights, from, to, c, shard.base);
    else maxPlusClean(target, extra!.scores, locals, weights, from, to, c, shard.base);
    return true;
  }
  return walkLive(target, extra ? extra.scores : null, locals, weights, from, to, c, shard.live, shard.slots, mode);
}

/**
 * The provisions of a clean shard a walk is restricted to, as sorted local ids: a later required unit of a query
 * only scores the provisions that had every earlier one (the others cannot be hits).
 */
export interface Restriction {
  locals: Int32Array;
  count: number;
}

/** The postings of the restricted provisions only, found by galloping through the list (a clean shard). */
function walkOnly(target: SlotScores, more: Float64Array | null, locals: Uint32Array, weights: Float64Array, from: number, to: number, c: number, base: number, mode: number, only: Int32Array, n: number): void {
  const scores = target.scores;
  const touched = target.touched;
  let count = target.count;
  let p = from;
  for (let i = 0; i < n && p < to; i++) {
    const want = only[i];
    if (locals[p] < want) {
      let step = 1;
      let lo = p + 1;
      let hi = p + 1;
      while (hi < to && locals[hi] < want) {
        lo = hi + 1;
        step <<= 1;
        hi = lo + step;
      }
      if (hi > to) hi = to;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (locals[mid] < want) lo = mid + 1;
        else hi = mid;
      }
      p = lo;
      if (p >= to) break;
    }
    if (locals[p] !== want) continue;
    // The posting is scored as walkLive scores one, written out again: a shared helper would take a double
    // through a call (see the note at the top of this file).
    const slot = base + want;
    let v = c * weights[p];
    if (more !== null && more[slot] !== 0) {
      v += more[slot];
      more[slot] = 0;
    }
    const old = scores[slot];
    if (old === 0) touched[count++] = slot;
    scores[slot] = mode === ADD ? old + v : v > old ? v : old;
    p++;
  }
  target.count = count;
}

function addClean(target: SlotScores, locals: Uint32Array, weights: Float64Array, from: number, to: number, c: number, base: number): void {
  const scores = target.scores;
  const touched = target.touched;
  let count = target.count;
  for (let p = from; p < to; p++) {
    const slot = base + locals[p];
    const old = scores[slot];
    if (old === 0) touched[count++] = slot;
    scores[slot] = old + c * weights[p];
  }
  target.count = count;
}

function maxClean(target: SlotScores, locals: Uint32Array, weights: Float64Array, from: number, to: number, c: number, base: number): void {
  const scores = target.scores;
  const touched = target.touched;
  let count = target.count;
  for (let p = from; p < to; p++) {
    const slot = base + locals[p];
    const v = c * weights[p];
    const old = scores[slot];
    if (old === 0) touched[count++] = slot;
    if (v > old) scores[slot] = v;
  }
  target.count = count;
}

function maxPlusClean(target: SlotScores, more: Float64Array, locals: Uint32Array, weights: Float64Array, from: number, to: number, c: number, base: number): void {
  const scores = target.scores;
  const touched = target.touched;
  let count = target.count;
  for (let p = from; p < to; p++) {
    const slot = base + locals[p];
    let v = c * weights[p];
    const m = more[slot];
    if (m !== 0) {
      // Consumed here: foldMax will skip it (a zero score is an untouched one).
      v += m;
      more[slot] = 0;
    }
    const old = scores[slot];
    if (old === 0) touched[count++] = slot;
    if (v > old) scores[slot] = v;
  }
  target.count = count;
}

/** The general loop: tombstones skipped, slots looked up (shards left by upserts and removals). */
function walkLive(target: SlotScores, more: Float64Array | null, locals: Uint32Array, weights: Float64Array, from: number, to: number, c: number, live: Uint8Array, slots: Int32Array, mode: number): boolean {
  const scores = target.scores;
  const touched = target.touched;
  let count = target.count;
  let any = false;
  for (let p = from; p < to; p++) {
    const local = locals[p];
    if (live[local] === 0) continue;
    const slot = slots[local];
    let v = c * weights[p];
    if (more !== null && more[slot] !== 0) {
      v += more[slot];
      more[slot] = 0;
    }
    const old = scores[slot];
    if (old === 0) touched[count++] = slot;
    scores[slot] = mode === ADD ? old + v : v > old ? v : old;
    any = true;
  }
  target.count = count;
  return any;
}

/**
 * One index term's BM25 per provision, summed over the fields, into `target`: added, or with `useMax` (the term
 * is one alternative of a unit: the best synonym wins) kept if better. Returns whether any live provision matched.
 */
export function scoreTerm(run: QueryRun, shard: Shard, id: number, idf: Float64Array, fields: readonly number[], target: SlotScores, factor: number, useMax: boolean): boolean {
  const fieldPostings = shard.segment.fields;
  let present = 0;
  let longest = -1;
  let longestLength = 0;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    const ts = fieldPostings[f].termStart;
    const n = ts[id + 1] - ts[id];
    if (n === 0) continue;
    present++;
    if (n > longestLength) {
      longest = f;
      longestLength = n;
    }
  }
  if (present === 0) return false;
  const weights = shard.weights;
  if (!useMax || present === 1) {
    let any = false;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      const ts = fieldPostings[f].termStart;
      const c = FIELD_BOOSTS[FIELD_NAMES[f]] * idf[f] * K1_PLUS_1 * factor;
      if (walkPostings(shard, fieldPostings[f].locals, weights[f], ts[id], ts[id + 1], c, target, useMax ? MAX : ADD, null, run.only)) any = true;
    }
    return any;
  }
  // Best alternative over several fields: the short lists (heading, defines, context) are summed in the scratch
  // accumulator, which the walk of the longest list (usually the text) consumes; what it did not meet is folded.
  const acc = run.ctx.buffers.alt;
  let any = false;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (f === longest) continue;
    const ts = fieldPostings[f].termStart;
    const c = FIELD_BOOSTS[FIELD_NAMES[f]] * idf[f] * K1_PLUS_1 * factor;
    if (walkPostings(shard, fieldPostings[f].locals, weights[f], ts[id], ts[id + 1], c, acc, ADD, null, run.only)) any = true;
  }
  const ts = fieldPostings[longest].termStart;
  const c = FIELD_BOOSTS[FIELD_NAMES[longest]] * idf[longest] * K1_PLUS_1 * factor;
  if (walkPostings(shard, fieldPostings[longest].locals, weights[longest], ts[id], ts[id + 1], c, target, MAX_PLUS, acc, run.only)) any = true;
  foldMax(acc, target);
  return any;
}


/** target = max(target, acc) per slot, then acc is cleared. */
export function foldMax(acc: SlotScores, target: SlotScores): void {
  const from = acc.scores;
  const into = target.scores;
  const touched = target.touched;
  const at = acc.touched;
  let count = target.count;
  for (let i = 0, n = acc.count; i < n; i++) {
    const slot = at[i];
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
