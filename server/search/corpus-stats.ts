import type { Shard } from './shard.ts';
import { FIELD_NAMES } from './types.ts';

/**
 * Corpus-wide statistics for BM25. Scoring every shard with the same document frequencies and average field
 * lengths makes a score from one shard comparable with a score from another, which lunr's per-index field
 * vectors would not be once a single statute is re-indexed into a shard of its own. Only counts and total
 * lengths are kept here; document frequencies are summed over the shards' posting lists when a query needs them
 * (a binary search per shard and term), so there is no corpus-wide term map to build at load or to update.
 */
export class CorpusStats {
  docs = 0;
  readonly totalLength = new Float64Array(FIELD_NAMES.length);

  /** Counts every live provision of a freshly built or loaded shard. */
  addShard(shard: Shard): void {
    for (let i = 0; i < shard.size; i++) if (shard.live[i]) this.count(shard, i, 1);
  }

  /** Adds (+1) or takes out (-1) one provision of a shard. */
  count(shard: Shard, local: number, sign: 1 | -1): void {
    this.docs += sign;
    for (let f = 0; f < FIELD_NAMES.length; f++) this.totalLength[f] += sign * shard.segment.lengths[f][local];
  }

  avgLength(f: number): number {
    return this.docs > 0 ? Math.max(this.totalLength[f] / this.docs, 1e-9) : 1;
  }

  /** BM25 idf as lunr computes it, from a corpus-wide document frequency. */
  idf(df: number): number {
    return Math.log(1 + Math.abs((this.docs - df + 0.5) / (df + 0.5)));
  }
}

/** One index term resolved for a query: its id in each shard (-1 where absent) and its idf per field. */
export interface TermInfo {
  ids: Int32Array;
  idf: Float64Array;
}

/** Terms kept resolved between queries (a few MB); the cache is emptied when full. */
const MAX_CACHED_TERMS = 100_000;

/**
 * Resolves index terms: their id in each shard and corpus-wide idf. Synonym expansion makes a query name a
 * hundred terms or more, each a binary search in every shard, so results are kept between queries. A lookup
 * belongs to one state of the index: the search makes a new one whenever shards or statistics change.
 */
export class TermLookup {
  private readonly cache = new Map<string, TermInfo>();

  constructor(
    private readonly shards: readonly Shard[],
    private readonly stats: CorpusStats,
  ) {}

  get(term: string): TermInfo {
    let info = this.cache.get(term);
    if (info) return info;
    const ids = new Int32Array(this.shards.length);
    const df = new Float64Array(FIELD_NAMES.length);
    this.shards.forEach((shard, s) => {
      const id = shard.segment.termId(term);
      ids[s] = id;
      if (id >= 0) for (let f = 0; f < FIELD_NAMES.length; f++) df[f] += shard.df(f, id);
    });
    const idf = df.map((n) => this.stats.idf(n));
    info = { ids, idf };
    if (this.cache.size >= MAX_CACHED_TERMS) this.cache.clear();
    this.cache.set(term, info);
    return info;
  }
}
