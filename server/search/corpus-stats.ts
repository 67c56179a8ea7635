import { indexPipeline, tokenizeField } from './analysis.ts';
import type { Shard } from './shard.ts';
import { FIELD_NAMES, type FieldName, type SearchDoc } from './types.ts';

/**
 * Corpus-wide statistics for BM25, kept across shards. Scoring every shard with the same document frequencies
 * and average field lengths makes a score from one shard comparable with a score from another, which lunr's
 * per-index field vectors would not be once a single statute is re-indexed into a shard of its own.
 */
export class CorpusStats {
  docs = 0;
  readonly totalLength: Record<FieldName, number> = { heading: 0, defines: 0, context: 0, text: 0 };
  readonly df: Record<FieldName, Map<string, number>> = {
    heading: new Map(),
    defines: new Map(),
    context: new Map(),
    text: new Map(),
  };

  /** Adds every live provision of a freshly built or loaded shard, reading its postings. */
  addShard(shard: Shard): void {
    for (const [term, posting] of Object.entries(shard.invertedIndex)) {
      for (const f of FIELD_NAMES) {
        let n = 0;
        for (const ref in posting[f]) if (shard.live[+ref]) n++;
        if (n > 0) this.df[f].set(term, (this.df[f].get(term) ?? 0) + n);
      }
    }
    for (let i = 0; i < shard.size; i++) {
      if (!shard.live[i]) continue;
      this.docs++;
      for (const f of FIELD_NAMES) this.totalLength[f] += shard.lengths[f][i];
    }
  }

  /** Takes provisions out (sign -1) or puts them in (+1), re-analysing their text: cost is that of the statute only. */
  adjust(docs: readonly SearchDoc[], sign: 1 | -1): void {
    const pipeline = indexPipeline();
    for (const d of docs) {
      this.docs += sign;
      const values: Record<FieldName, unknown> = { heading: d.heading, defines: d.defines, context: d.context, text: d.text };
      for (const f of FIELD_NAMES) {
        const terms = pipeline.run(tokenizeField(values[f])).map(String);
        this.totalLength[f] += sign * terms.length;
        for (const term of new Set(terms)) {
          const n = (this.df[f].get(term) ?? 0) + sign;
          if (n > 0) this.df[f].set(term, n);
          else this.df[f].delete(term);
        }
      }
    }
  }

  avgLength(field: FieldName): number {
    return this.docs > 0 ? Math.max(this.totalLength[field] / this.docs, 1e-9) : 1;
  }

  /** BM25 idf as lunr computes it, from corpus-wide counts. */
  idf(field: FieldName, term: string): number {
    const df = this.df[field].get(term) ?? 0;
    return Math.log(1 + Math.abs((this.docs - df + 0.5) / (df + 0.5)));
  }
}
