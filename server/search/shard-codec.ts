import { SearchIndexError } from './errors.ts';
import { Segment, type FieldPostings } from './segment.ts';
import { Shard } from './shard.ts';
import { FIELD_NAMES } from './types.ts';
import { ByteReader, ByteWriter } from './varint-codec.ts';

/** A shard as stored: sorted terms, and per field one varint stream (base64) of postings and positions. */
interface EncodedShard {
  size: number;
  terms: string[];
  lengths: string[];
  postings: string[];
}

/**
 * Encodes the live provisions of a shard, renumbered 0..n-1 in their order (tombstones are dropped, so a loaded
 * shard has none). Stream per field: postings count, occurrences count, then per term its live postings, each as
 * local delta, term frequency, then its occurrences as start delta and length. Terms left without a live
 * posting are dropped.
 */
export function encodeShard(shard: Shard): EncodedShard {
  const seg = shard.segment;
  const renumber = new Int32Array(shard.size).fill(-1);
  let size = 0;
  for (let i = 0; i < shard.size; i++) if (shard.live[i]) renumber[i] = size++;
  const nFields = FIELD_NAMES.length;
  // Live postings per field and term; a term is kept if any field has one.
  const liveCount = seg.fields.map(() => new Uint32Array(seg.terms.length));
  const keep: number[] = [];
  for (let t = 0; t < seg.terms.length; t++) {
    let any = 0;
    for (let f = 0; f < nFields; f++) {
      const { termStart, locals } = seg.fields[f];
      let n = 0;
      for (let p = termStart[t]; p < termStart[t + 1]; p++) if (renumber[locals[p]] >= 0) n++;
      liveCount[f][t] = n;
      any += n;
    }
    if (any > 0) keep.push(t);
  }
  const postings = seg.fields.map((field: FieldPostings, f) => {
    let nPostings = 0;
    let nOcc = 0;
    for (const t of keep) {
      for (let p = field.termStart[t]; p < field.termStart[t + 1]; p++) {
        if (renumber[field.locals[p]] < 0) continue;
        nPostings++;
        nOcc += field.occStart[p + 1] - field.occStart[p];
      }
    }
    const w = new ByteWriter();
    w.uint(nPostings);
    w.uint(nOcc);
    for (const t of keep) {
      w.uint(liveCount[f][t]);
      let prevLocal = 0;
      for (let p = field.termStart[t]; p < field.termStart[t + 1]; p++) {
        const local = renumber[field.locals[p]];
        if (local < 0) continue;
        w.uint(local - prevLocal);
        prevLocal = local;
        w.uint(field.occStart[p + 1] - field.occStart[p]);
        let prevStart = 0;
        for (let o = field.occStart[p]; o < field.occStart[p + 1]; o++) {
          w.uint(field.starts[o] - prevStart);
          prevStart = field.starts[o];
          w.uint(field.lens[o]);
        }
      }
    }
    return w.base64();
  });
  const lengths = seg.lengths.map((l) => {
    const w = new ByteWriter();
    for (let i = 0; i < shard.size; i++) if (renumber[i] >= 0) w.uint(l[i]);
    return w.base64();
  });
  return { size, terms: keep.map((t) => seg.terms[t]), lengths, postings };
}

/** Reads a shard back, with a SearchIndexError naming the place on anything malformed. Slots are given. */
export function decodeShard(raw: unknown, slots: Int32Array, where: string): Shard {
  const r = raw as Partial<EncodedShard> | null;
  if (!r || typeof r !== 'object' || !Number.isInteger(r.size) || !Array.isArray(r.terms) || !Array.isArray(r.lengths) || !Array.isArray(r.postings)) {
    throw new SearchIndexError(`${where}: not a search shard (size, terms, lengths and postings expected)`);
  }
  if (r.size !== slots.length) throw new SearchIndexError(`${where}: holds ${String(r.size)} provisions, ${slots.length} expected`);
  if (r.lengths.length !== FIELD_NAMES.length || r.postings.length !== FIELD_NAMES.length) {
    throw new SearchIndexError(`${where}: one postings and one lengths stream per field (${FIELD_NAMES.length}) expected`);
  }
  const terms = r.terms as unknown[];
  for (let i = 0; i < terms.length; i++) {
    if (typeof terms[i] !== 'string' || (i > 0 && !((terms[i - 1] as string) < (terms[i] as string)))) {
      throw new SearchIndexError(`${where}: terms must be distinct strings in sorted order`);
    }
  }
  const size = r.size;
  const lengths = r.lengths.map((enc, f) => {
    const reader = new ByteReader(enc, `${where}, lengths of "${FIELD_NAMES[f]}"`);
    const l = reader.uints(size);
    reader.end();
    return l;
  });
  const fields = r.postings.map((enc, f): FieldPostings => {
    const at = `${where}, postings of "${FIELD_NAMES[f]}"`;
    const reader = new ByteReader(enc, at);
    const nPostings = reader.uint();
    const nOcc = reader.uint();
    const termStart = new Uint32Array(terms.length + 1);
    const locals = new Uint32Array(nPostings);
    const occStart = new Uint32Array(nPostings + 1);
    const starts = new Uint32Array(nOcc);
    const lens = new Uint16Array(nOcc);
    let p = 0;
    let o = 0;
    for (let t = 0; t < terms.length; t++) {
      termStart[t] = p;
      const n = reader.uint();
      if (p + n > nPostings) throw new SearchIndexError(`${at}: more postings than announced`);
      let local = 0;
      for (let k = 0; k < n; k++, p++) {
        local += reader.uint();
        if (local >= size || (k > 0 && local <= locals[p - 1])) throw new SearchIndexError(`${at}: provision numbers out of order or range`);
        locals[p] = local;
        const tf = reader.uint();
        if (tf === 0 || o + tf > nOcc) throw new SearchIndexError(`${at}: bad occurrence count`);
        occStart[p] = o;
        let start = 0;
        for (let j = 0; j < tf; j++, o++) {
          start += reader.uint();
          starts[o] = start;
          lens[o] = reader.uint();
        }
      }
    }
    termStart[terms.length] = p;
    occStart[p] = o;
    if (p !== nPostings || o !== nOcc) throw new SearchIndexError(`${at}: fewer postings than announced`);
    reader.end();
    return { termStart, locals, occStart, starts, lens };
  });
  return new Shard(new Segment(terms as string[], fields, lengths, size), slots);
}
