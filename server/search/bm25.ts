import type { CorpusStats } from './corpus-stats.ts';
import { FIELD_NAMES } from './types.ts';

/*
 * BM25 as lunr computes it (k1 = 1.2, b = 0.75, term frequency = number of occurrences), split into the part
 * that depends on the query (field boost x idf x (k1 + 1) x weight: a constant per term and field) and the part
 * that depends only on the posting and the corpus statistics, tf / (tf + k1 (1 - b + b len / avg)). The second
 * part is precomputed per posting (Shard.normalise), so the query's inner loop is one multiplication.
 */

export const K1 = 1.2;
export const B = 0.75;

/** Length normalisation for the current statistics: the posting weight is tf / (tf + a + b[field] * len). */
export interface Bm25Norms {
  a: number;
  b: Float64Array;
}

export function bm25Norms(stats: CorpusStats): Bm25Norms {
  return { a: K1 * (1 - B), b: Float64Array.from(FIELD_NAMES, (_, f) => (K1 * B) / stats.avgLength(f)) };
}

/** Same numbers, same weights: a shard re-weighs its postings only when the statistics moved. */
export function sameNorms(x: Bm25Norms | null, y: Bm25Norms): boolean {
  if (!x || x.a !== y.a) return false;
  for (let f = 0; f < y.b.length; f++) if (x.b[f] !== y.b[f]) return false;
  return true;
}

/**
 * Per posting: tf / (tf + a + b * length of the provision's field), the sum in the order the query loop used to
 * evaluate it. The term frequency is the number of occurrences (`occStart`, postings of a term) or of phrase
 * matches (`hits`, phrase lists).
 */
export function postingWeights(locals: Uint32Array, occStart: Uint32Array | null, hits: Uint16Array | null, lengths: Uint32Array, a: number, b: number, into?: Float64Array): Float64Array {
  const w = into && into.length === locals.length ? into : new Float64Array(locals.length);
  for (let p = 0; p < locals.length; p++) {
    const tf = occStart !== null ? occStart[p + 1] - occStart[p] : hits![p];
    w[p] = tf / (tf + a + b * lengths[locals[p]]);
  }
  return w;
}
