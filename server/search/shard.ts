import lunr from 'lunr';
import { indexPipeline, tokenizeField } from './analysis.ts';
import { makeIndex, TokenSet, tokenPosition, type BuilderInternals, type IndexLike, type TokenSetLike } from './lunr-internals.ts';
import { SearchIndexError } from './errors.ts';
import { FIELD_BOOSTS, FIELD_NAMES, type FieldName, type SearchDoc } from './types.ts';

/** lunr posting: per field, per local doc ref, the [start, length] of each occurrence. */
export type Posting = { _index: number } & Record<string, Record<string, { position: Array<[number, number]> }>>;

/**
 * lunr.Builder with two changes. Scoring is done at query time from corpus-wide statistics (so shards score alike),
 * hence no per-shard field vectors are built; and `add` is a leaner copy of lunr's (one toString per token)
 * because indexing the bulk corpus is dominated by it. The inverted index it builds is lunr's own format.
 */
class ShardBuilder extends lunr.Builder {
  readonly lengths: Record<FieldName, number[]> = { heading: [], defines: [], context: [], text: [] };

  override add(doc: object): void {
    const record = doc as Record<string, unknown>;
    const ref = String(record.id);
    const self = this as unknown as BuilderInternals & { invertedIndex: Record<string, Posting> };
    self._documents[ref] = {};
    self.documentCount += 1;
    for (const field of FIELD_NAMES) {
      const terms = this.pipeline.run(tokenizeField(record[field]));
      this.lengths[field].push(terms.length);
      for (const token of terms) {
        const term = token.toString();
        let posting = self.invertedIndex[term];
        if (posting === undefined) {
          posting = Object.create(null) as Posting;
          posting._index = self.termIndex++;
          for (const f of FIELD_NAMES) posting[f] = Object.create(null);
          self.invertedIndex[term] = posting;
        }
        const byDoc = posting[field];
        let entry = byDoc[ref];
        if (entry === undefined) {
          entry = Object.create(null) as { position: Array<[number, number]> };
          entry.position = [];
          byDoc[ref] = entry;
        }
        entry.position.push(tokenPosition(token));
      }
    }
  }

  createFieldVectors(): void {
    (this as unknown as BuilderInternals).fieldVectors = {};
  }

  createTokenSet(): void {
    // Built lazily by Shard.tokenSet(): only wildcard and fuzzy queries need it.
    (this as unknown as BuilderInternals).tokenSet = null;
  }
}

/** A posting as typed arrays: local refs in ascending order and the term frequency in each. */
export interface PostingList {
  locals: Int32Array;
  tfs: Uint16Array;
}

const EMPTY_LIST: PostingList = { locals: new Int32Array(0), tfs: new Uint16Array(0) };
/** Posting lists kept per shard; walking lunr's posting objects allocates a string per key, these do not. */
const MAX_CACHED_LISTS = 50_000;

/** One immutable lunr index over a group of provisions; `slots[local ref]` is the provision's global slot. */
export class Shard {
  private lazyTokenSet: TokenSetLike | null = null;
  private readonly lists = new Map<string, PostingList>();
  /** 1 while the provision is current; an upsert or removal tombstones it until the shard is rebuilt. */
  readonly live: Uint8Array;

  constructor(
    readonly index: IndexLike,
    readonly slots: Int32Array,
    readonly lengths: Record<FieldName, Uint32Array>,
  ) {
    this.live = new Uint8Array(slots.length).fill(1);
    slots.forEach((s, i) => {
      if (s < 0) this.live[i] = 0;
    });
  }

  get size(): number {
    return this.slots.length;
  }

  get liveCount(): number {
    let n = 0;
    for (const v of this.live) n += v;
    return n;
  }

  get invertedIndex(): Record<string, Posting> {
    return this.index.invertedIndex as unknown as Record<string, Posting>;
  }

  tokenSet(): TokenSetLike {
    if (!this.lazyTokenSet) this.lazyTokenSet = TokenSet.fromArray(Object.keys(this.index.invertedIndex).sort());
    return this.lazyTokenSet;
  }

  /** The provisions holding `term` in `field`, as typed arrays (memoised; lunr's posting stays the source). */
  postingList(term: string, field: FieldName): PostingList {
    const key = `${field}\u0000${term}`;
    let list = this.lists.get(key);
    if (list) return list;
    const byDoc = this.invertedIndex[term]?.[field];
    if (!byDoc) return EMPTY_LIST;
    const refs = Object.keys(byDoc);
    list = { locals: new Int32Array(refs.length), tfs: new Uint16Array(refs.length) };
    refs.forEach((ref, i) => {
      list!.locals[i] = +ref;
      list!.tfs[i] = Math.min(65535, byDoc[ref].position.length);
    });
    if (this.lists.size >= MAX_CACHED_LISTS) this.lists.clear();
    this.lists.set(key, list);
    return list;
  }

  /** lunr's recorded [start, length] positions of `term` in `field` of one provision. */
  positions(term: string, field: FieldName, local: number): Array<[number, number]> | undefined {
    return this.invertedIndex[term]?.[field]?.[local as unknown as string]?.position;
  }

  /** Index terms for a wildcard pattern or a fuzzy stem (via lunr's token set), at most `limit`. */
  expand(pattern: string, fuzzy: number, limit: number): string[] {
    const set = fuzzy > 0 ? TokenSet.fromFuzzyString(pattern, fuzzy) : TokenSet.fromString(pattern);
    const found = this.tokenSet().intersect(set).toArray();
    return found.length > limit ? found.sort().slice(0, limit) : found;
  }

  static build(docs: readonly SearchDoc[], slots: readonly number[]): Shard {
    const builder = new ShardBuilder();
    builder.pipeline = indexPipeline();
    builder.searchPipeline = new lunr.Pipeline();
    builder.ref('id');
    for (const f of FIELD_NAMES) builder.field(f, { boost: FIELD_BOOSTS[f] });
    builder.metadataWhitelist = ['position'];
    docs.forEach((d, i) => builder.add({ id: String(i), heading: d.heading, defines: d.defines, context: d.context, text: d.text }));
    const built = builder.build() as unknown as { invertedIndex: object };
    const index = makeIndex({ invertedIndex: built.invertedIndex, fieldVectors: {}, tokenSet: null, fields: [...FIELD_NAMES], pipeline: indexPipeline() });
    const lengths = Object.fromEntries(FIELD_NAMES.map((f) => [f, Uint32Array.from(builder.lengths[f])])) as Record<FieldName, Uint32Array>;
    return new Shard(index, Int32Array.from(slots), lengths);
  }

  toJSON(slotMap: (slot: number) => number): object {
    return {
      slots: Array.from(this.slots, (s, i) => (this.live[i] ? slotMap(s) : -1)),
      lengths: Object.fromEntries(FIELD_NAMES.map((f) => [f, Array.from(this.lengths[f])])),
      index: this.index.toJSON(),
    };
  }

  static fromJSON(raw: unknown, where: string): Shard {
    const r = raw as { slots?: unknown; lengths?: Record<string, unknown>; index?: { invertedIndex?: unknown; fields?: unknown; version?: string } };
    if (!r || !Array.isArray(r.slots) || !r.lengths || !r.index || !Array.isArray(r.index.invertedIndex)) {
      throw new SearchIndexError(`${where}: not a search shard (slots, lengths and a lunr index expected)`);
    }
    const invertedIndex: Record<string, Posting> = Object.create(null);
    for (const [term, posting] of r.index.invertedIndex as Array<[string, Posting]>) invertedIndex[term] = posting;
    const index = makeIndex({ invertedIndex, fieldVectors: {}, tokenSet: null, fields: [...FIELD_NAMES], pipeline: indexPipeline() });
    const lengths = {} as Record<FieldName, Uint32Array>;
    for (const f of FIELD_NAMES) {
      const l = r.lengths[f];
      if (!Array.isArray(l) || l.length !== r.slots.length) throw new SearchIndexError(`${where}: field lengths for "${f}" missing or of the wrong size`);
      lengths[f] = Uint32Array.from(l as number[]);
    }
    return new Shard(index, Int32Array.from(r.slots as number[]), lengths);
  }
}
