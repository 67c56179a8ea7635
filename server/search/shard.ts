import { forEachIndexTerm } from './analysis.ts';
import { postingWeights, sameNorms, type Bm25Norms } from './bm25.ts';
import { phraseKey, phraseLists, type PhraseList } from './phrase-postings.ts';
import { Segment, SegmentWriter } from './segment.ts';
import { FIELD_NAMES, type SearchDoc } from './types.ts';

/** Postings of one term in one field while a shard is being built: flat arrays, no object per provision. */
interface TermField {
  locals: number[];
  /** Per posting: index in `starts` after its last occurrence. */
  ends: number[];
  starts: number[];
  lens: number[];
}

/**
 * Builds one shard's postings: each field's text runs through lunr's analysis pipeline (forEachIndexTerm: lunr's
 * tokenizer, stop-word filter and the shared legal stemmer), and the postings go into flat arrays that `segment`
 * freezes into a typed-array Segment. The index, the scoring (BM25 on corpus-wide statistics at query time, with the
 * field weights of FIELD_BOOSTS) and the facets are ours: lunr's own inverted index (an object per term, per field,
 * per provision, per position) is what made the bulk index 2.5 GB and slow to walk, and lunr never scores results.
 */
class ShardBuilder {
  private readonly byTerm = new Map<string, Array<TermField | undefined>>();
  private readonly fieldLengths: number[][] = FIELD_NAMES.map(() => []);
  private local = 0;

  add(doc: object): void {
    const record = doc as Record<string, unknown>;
    const local = this.local++;
    FIELD_NAMES.forEach((field, f) => {
      const n = forEachIndexTerm(record[field], (term, start, len) => {
        let perField = this.byTerm.get(term);
        if (perField === undefined) {
          perField = [undefined, undefined, undefined, undefined];
          this.byTerm.set(term, perField);
        }
        let tf = perField[f];
        if (tf === undefined) {
          tf = { locals: [], ends: [], starts: [], lens: [] };
          perField[f] = tf;
        }
        const last = tf.locals.length - 1;
        if (last < 0 || tf.locals[last] !== local) {
          tf.locals.push(local);
          tf.ends.push(0);
        }
        tf.starts.push(start);
        tf.lens.push(len);
        tf.ends[tf.ends.length - 1] = tf.starts.length;
      });
      this.fieldLengths[f].push(n);
    });
  }

  segment(): Segment {
    const writer = new SegmentWriter();
    const terms = [...this.byTerm.keys()].sort();
    for (const term of terms) {
      writer.term(term);
      const perField = this.byTerm.get(term)!;
      for (let f = 0; f < FIELD_NAMES.length; f++) {
        const tf = perField[f];
        if (!tf) continue;
        let from = 0;
        for (let p = 0; p < tf.locals.length; p++) {
          const to = tf.ends[p];
          writer.posting(f, tf.locals[p], tf.starts, tf.lens, from, to);
          from = to;
        }
      }
    }
    return writer.finish(
      this.fieldLengths.map((l) => Uint32Array.from(l)),
      this.local,
    );
  }
}

/**
 * One immutable index over a group of provisions; `slots[local]` is the provision's global slot. Removing a
 * provision tombstones it (`live[local] = 0`) until the shard is rebuilt; `deadDf` keeps document frequencies
 * exact meanwhile, so scores do not drift after upserts.
 */
export class Shard {
  /** 1 while the provision is current. */
  readonly live: Uint8Array;
  liveCount: number;
  /** Per field, per term id: how many dead provisions hold the term (null while none is dead). */
  private deadDf: Uint32Array[] | null = null;
  /**
   * Where each multi-word thesaurus term occurs, per field, by phraseKey. Synonym expansion turns one query word
   * into up to twenty phrases; checking their positions per query was most of the query time over the bulk
   * corpus, so they are found once, when the shard is built or loaded (never stored: the thesaurus is injected).
   */
  readonly phrases = new Map<string, PhraseList[]>();
  /** Per field, per posting: BM25's length-normalised term frequency for `norms` (see bm25.ts). */
  weights: Float64Array[] = [];
  private norms: Bm25Norms | null = null;
  /** Bumped whenever `weights` are recomputed: scores derived from them (synonym-postings.ts) check it. */
  revision = 0;
  /** slots[0] when slots are slots[0] + local (a built or loaded shard), else -1. */
  readonly base: number;

  constructor(
    readonly segment: Segment,
    readonly slots: Int32Array,
  ) {
    this.live = new Uint8Array(slots.length).fill(1);
    this.liveCount = slots.length;
    let contiguous = slots.length > 0;
    for (let i = 1; i < slots.length && contiguous; i++) contiguous = slots[i] === slots[0] + i;
    this.base = contiguous ? slots[0] : -1;
  }

  /**
   * Whether the query loops may take slot = base + local and skip the tombstone check: true until a provision
   * of the shard is removed.
   */
  get clean(): boolean {
    return this.base >= 0 && this.liveCount === this.size;
  }

  /**
   * (Re)computes the posting weights for the corpus statistics `norms` (average field lengths move with every
   * build, upsert and removal). A no-op when they did not change. About 4 million postings over the bulk corpus:
   * tens of milliseconds for all shards.
   */
  normalise(norms: Bm25Norms): void {
    if (sameNorms(this.norms, norms) && this.weights.length > 0) return;
    const seg = this.segment;
    this.weights = seg.fields.map(({ locals, occStart }, f) => postingWeights(locals, occStart, null, seg.lengths[f], norms.a, norms.b[f], this.weights[f]));
    for (const lists of this.phrases.values()) this.weighPhrase(lists, norms);
    this.norms = norms;
    this.revision++;
  }

  private weighPhrase(lists: PhraseList[], norms: Bm25Norms): void {
    lists.forEach((list, f) => (list.weights = postingWeights(list.locals, null, list.hits, this.segment.lengths[f], norms.a, norms.b[f], list.weights)));
  }

  get size(): number {
    return this.slots.length;
  }

  /** Live provisions of this shard holding term id `t` in field `f`. */
  df(f: number, t: number): number {
    const n = this.segment.listLength(f, t);
    return this.deadDf ? n - this.deadDf[f][t] : n;
  }

  /** Tombstones provisions; recounts dead postings in one pass over the shard (cheap next to a rebuild). */
  kill(locals: readonly number[]): void {
    for (const local of locals) {
      if (this.live[local]) {
        this.live[local] = 0;
        this.liveCount--;
      }
    }
    const seg = this.segment;
    this.deadDf = seg.fields.map(({ termStart, locals: list }) => {
      const dead = new Uint32Array(seg.terms.length);
      for (let t = 0; t < seg.terms.length; t++) {
        let n = 0;
        for (let p = termStart[t]; p < termStart[t + 1]; p++) if (!this.live[list[p]]) n++;
        dead[t] = n;
      }
      return dead;
    });
  }

  /** Finds the given phrases in this shard. `text(local, f)` is the text of field f of a provision. */
  findPhrases(phrases: ReadonlyArray<{ stems: readonly string[]; gaps: readonly string[][] }>, text: (local: number, f: number) => string): void {
    for (const { stems, gaps } of phrases) {
      const key = phraseKey(stems, gaps);
      if (this.phrases.has(key)) continue;
      const lists = phraseLists(this.segment, stems, gaps, text);
      if (!lists) continue;
      if (this.norms) this.weighPhrase(lists, this.norms);
      this.phrases.set(key, lists);
    }
  }

  static build(docs: readonly SearchDoc[], slots: readonly number[]): Shard {
    const builder = new ShardBuilder();
    docs.forEach((d) => builder.add({ heading: d.heading, defines: d.defines, context: d.context, text: d.text }));
    return new Shard(builder.segment(), Int32Array.from(slots));
  }
}
