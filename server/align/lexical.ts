import type { LegalThesaurus } from '../thesaurus/index.ts';
import { groupSpans, type AnalysedText } from './tokenize.ts';

/** Index terms of a text: its content stems plus the thesaurus groups it mentions (as `@group`). */
export function indexTerms(a: AnalysedText, thesaurus: LegalThesaurus | null): string[] {
  const terms = a.tokens.filter((t) => !t.stop).map((t) => t.stem);
  for (const g of groupSpans(a, thesaurus)) terms.push(`@${g.group}`);
  return terms;
}

export type TermVector = Map<string, number>;

/** Document frequencies over a collection of term lists (each document counted once per term). */
export function documentFrequencies(docs: string[][]): { df: Map<string, number>; n: number } {
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  return { df, n: docs.length };
}

/** Sublinear TF-IDF vector, L2-normalised, so that cosine similarity is a plain dot product in [0, 1]. */
export function tfidfVector(terms: string[], idf: { df: Map<string, number>; n: number }): TermVector {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v: TermVector = new Map();
  let norm = 0;
  for (const [t, f] of tf) {
    const w = (1 + Math.log(f)) * Math.log(1 + idf.n / (idf.df.get(t) ?? 1));
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

export function cosine(a: TermVector, b: TermVector): number {
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const o = big.get(t);
    if (o !== undefined) dot += w * o;
  }
  return dot;
}

/**
 * Many units against few articles: each article's vector is laid out densely over the statute's vocabulary once,
 * and each unit's vector as parallel id/weight arrays, so a cosine is one pass over the unit's terms.
 */
export class VectorSpace {
  private readonly ids = new Map<string, number>();
  constructor(idf: { df: Map<string, number> }) {
    for (const t of idf.df.keys()) this.ids.set(t, this.ids.size);
  }
  dense(v: TermVector): Float64Array {
    const out = new Float64Array(this.ids.size);
    for (const [t, w] of v) {
      const id = this.ids.get(t);
      if (id !== undefined) out[id] = w;
    }
    return out;
  }
  sparse(v: TermVector): { ids: Int32Array; weights: Float64Array } {
    const ids = new Int32Array(v.size);
    const weights = new Float64Array(v.size);
    let k = 0;
    for (const [t, w] of v) {
      ids[k] = this.ids.get(t) ?? -1;
      weights[k++] = w;
    }
    return { ids, weights };
  }
}

/** cosine() of a sparse and a dense vector from the same VectorSpace. */
export function cosineSparseDense(s: { ids: Int32Array; weights: Float64Array }, d: Float64Array): number {
  let dot = 0;
  for (let k = 0; k < s.ids.length; k++) if (s.ids[k] >= 0) dot += s.weights[k] * d[s.ids[k]];
  return dot;
}
