import { FIELD_NAMES } from './types.ts';

/**
 * The inverted index of one shard as flat typed arrays (compressed-sparse-row), one set per field. It holds what
 * lunr's inverted index holds (term -> field -> provision -> [start, length] of each occurrence) without an object
 * per posting: over the bulk corpus lunr's objects took 2.5 GB of heap and most of the query time went to walking
 * them. Term ids index the sorted `terms` array; local ids are the provision's position in the shard.
 */
export interface FieldPostings {
  /** Postings of term t are [termStart[t], termStart[t + 1]). Length terms + 1. */
  termStart: Uint32Array;
  /** Per posting: the local provision id, ascending within a term. */
  locals: Uint32Array;
  /** Occurrences of posting p are [occStart[p], occStart[p + 1]); the term frequency is their number. */
  occStart: Uint32Array;
  /** Per occurrence: offset of the word in the field's text, ascending within a posting. */
  starts: Uint32Array;
  /** Per occurrence: the word's length as written (clamped to 65535). */
  lens: Uint16Array;
}

export class Segment {
  constructor(
    /** Index terms (stems), sorted by code unit, unique. */
    readonly terms: readonly string[],
    /** One per field, in FIELD_NAMES order. */
    readonly fields: readonly FieldPostings[],
    /** Per field, per local provision: number of indexed terms (BM25's document length). */
    readonly lengths: readonly Uint32Array[],
    readonly size: number,
  ) {}

  /** Term id by binary search, or -1. */
  termId(term: string): number {
    const terms = this.terms;
    let lo = 0;
    let hi = terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const t = terms[mid];
      if (t < term) lo = mid + 1;
      else if (t > term) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** First term id whose term is >= `term`. */
  lowerBound(term: string): number {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid] < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Number of provisions of this segment holding term id `t` in field `f` (dead ones included). */
  listLength(f: number, t: number): number {
    const ts = this.fields[f].termStart;
    return ts[t + 1] - ts[t];
  }

  /** Posting index of `local` in term `t`'s list for field `f`, or -1 (binary search: lists are sorted). */
  postingOf(f: number, t: number, local: number): number {
    const { termStart, locals } = this.fields[f];
    let lo = termStart[t];
    let hi = termStart[t + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = locals[mid];
      if (v < local) lo = mid + 1;
      else if (v > local) hi = mid - 1;
      else return mid;
    }
    return -1;
  }
}

/** Collects postings term by term while a shard is built, then freezes them into a Segment. */
export class SegmentWriter {
  private readonly locals: number[][] = FIELD_NAMES.map(() => []);
  private readonly occStart: number[][] = FIELD_NAMES.map(() => [0]);
  private readonly starts: number[][] = FIELD_NAMES.map(() => []);
  private readonly lens: number[][] = FIELD_NAMES.map(() => []);
  private readonly termStart: number[][] = FIELD_NAMES.map(() => [0]);
  private readonly terms: string[] = [];

  /** Starts the next term; terms must come in sorted order. */
  term(term: string): void {
    if (this.terms.length > 0) this.closeTerm();
    this.terms.push(term);
  }

  /** Adds one provision's occurrences [from, to) of the current term in field `f`; locals must ascend. */
  posting(f: number, local: number, starts: ArrayLike<number>, lens: ArrayLike<number>, from: number, to: number): void {
    this.locals[f].push(local);
    const out = this.starts[f];
    const outLens = this.lens[f];
    for (let i = from; i < to; i++) {
      out.push(starts[i]);
      outLens.push(Math.min(65535, lens[i]));
    }
    this.occStart[f].push(out.length);
  }

  private closeTerm(): void {
    for (let f = 0; f < FIELD_NAMES.length; f++) this.termStart[f].push(this.locals[f].length);
  }

  finish(lengths: readonly Uint32Array[], size: number): Segment {
    if (this.terms.length > 0) this.closeTerm();
    const fields = FIELD_NAMES.map((_, f) => ({
      termStart: Uint32Array.from(this.termStart[f]),
      locals: Uint32Array.from(this.locals[f]),
      occStart: Uint32Array.from(this.occStart[f]),
      starts: Uint32Array.from(this.starts[f]),
      lens: Uint16Array.from(this.lens[f]),
    }));
    // Stems come out of the analysis as sliced or concatenated strings; a JSON round trip makes them flat, which
    // makes the binary searches over them several times faster and lets the source strings be collected.
    return new Segment(JSON.parse(JSON.stringify(this.terms)) as string[], fields, lengths, size);
  }
}
