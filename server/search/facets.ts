import type { HitList } from './slot-buffers.ts';
import { FACET_NAMES, type FacetName, type FacetValue, type SearchDoc, type SearchFilters } from './types.ts';

const KIND_LABELS: Record<string, string> = {
  definition: 'Definition',
  offence: 'Offence',
  power: 'Investigative power',
  procedure: 'Procedure',
  jurisdiction: 'Jurisdiction',
  cooperation: 'International co-operation',
  penalty: 'Penalty',
  general: 'General',
};

function facetLabel(facet: FacetName, value: string, doc: SearchDoc | undefined): string {
  if (facet === 'instrument') return doc?.instrumentTitle || value;
  if (facet === 'kind') return KIND_LABELS[value] ?? value;
  if (facet === 'article') return `Art. ${value}`;
  return value;
}

/** The values a provision has for each facet (a provision may implement several template articles). */
function facetValues(doc: SearchDoc, facet: FacetName): readonly string[] {
  switch (facet) {
    case 'jurisdiction':
      return [doc.jurisdiction];
    case 'instrument':
      return [doc.instrument];
    case 'kind':
      return [doc.kind];
    case 'part':
      return doc.part ? [doc.part] : [];
    case 'article':
      return doc.articles;
  }
}

/** One collator for every sort: String.localeCompare with options builds a new one per call (slow on 1,000s of Parts). */
const collator = new Intl.Collator('en', { numeric: true });

/** Filters normalised: only non-empty facets. OR within a facet, AND across facets. */
export type ActiveFilters = Array<[FacetName, Set<string>]>;

export function activeFilters(filters: SearchFilters | undefined): ActiveFilters {
  const out: ActiveFilters = [];
  for (const f of FACET_NAMES) {
    const given: unknown = filters?.[f];
    // A single value (`?jurisdiction=KE` parsed as a string) counts as a list of one.
    const list: unknown[] = Array.isArray(given) ? given : typeof given === 'string' ? [given] : [];
    const values = list.filter((v): v is string => typeof v === 'string' && v !== '');
    if (values.length > 0) out.push([f, new Set(values)]);
  }
  return out;
}

const SINGLE = FACET_NAMES.filter((f) => f !== 'article');
const NS = SINGLE.length;
const ARTICLE = FACET_NAMES.indexOf('article');

/**
 * Flat numbering of every facet value: one counter array per query instead of one per facet, and per-slot codes
 * that index it directly. Bin 0 is a bin for "no value" (a provision outside any Part), so the counting loops
 * have no branch for it; facet k's values are bins offsets[k] .. offsets[k] + size - 1 (articles: offsets[NS]).
 */
interface FlatCodes {
  offsets: Int32Array;
  /** Per slot: its combination of one-valued facet values (a few thousand distinct over the bulk corpus). */
  combo: Int32Array;
  /**
   * Per combination c and one-valued facet k (c * NS + k): the value's bin. Counting a hit reads one 32-bit word
   * per slot and then this small table, which stays in cache: one column per facet cost a cache miss per facet
   * and hit when hits are sparse (1 ms for 8,000 hits over the bulk corpus), an interleaved array per slot four
   * times the memory when they are dense.
   */
  comboBins: Int32Array;
  /** Articles in compressed rows: the bins of slot's articles are ids[start[slot] .. start[slot + 1]). */
  start: Int32Array;
  ids: Int32Array;
  bins: number;
}

/**
 * Facet values of every provision as small integers, so that counting facets over tens of thousands of hits is
 * array arithmetic rather than string maps. Slots are the search's global provision slots. Values are numbered
 * per facet as they appear; the flat numbering (FlatCodes) is rebuilt lazily after changes (build, load, upsert).
 */
export class FacetTable {
  private readonly ids = FACET_NAMES.map(() => new Map<string, number>());
  private readonly labels: string[][] = FACET_NAMES.map(() => []);
  private readonly values: string[][] = FACET_NAMES.map(() => []);
  /** Per slot, its combination of one-valued facet values (FlatCodes.combo). */
  private comboOf = new Int32Array(0);
  private readonly comboIds = new Map<string, number>();
  /** Per combination and one-valued facet (c * NS + k), the value id (-1 for none). */
  private readonly comboValues: number[] = [];
  private readonly articleIds: number[][] = [];
  private flat: FlatCodes | null = null;
  /** Per facet: value ids in display order for equal counts (collation of the value), rebuilt after new values. */
  private readonly byRank: Array<Int32Array | null> = FACET_NAMES.map(() => null);
  /** Per facet: the inverse of byRank (value id -> its rank). */
  private readonly rankOfId: Array<Int32Array | null> = FACET_NAMES.map(() => null);

  private idFor(f: number, value: string, doc: SearchDoc): number {
    const dict = this.ids[f];
    let id = dict.get(value);
    if (id === undefined) {
      id = dict.size;
      dict.set(value, id);
      this.values[f].push(value);
      this.labels[f].push(facetLabel(FACET_NAMES[f], value, doc));
      this.byRank[f] = null;
    }
    return id;
  }

  set(slot: number, doc: SearchDoc): void {
    if (slot >= this.comboOf.length) {
      const grown = new Int32Array(Math.max(slot + 1, this.comboOf.length * 2, 1024));
      grown.set(this.comboOf);
      this.comboOf = grown;
    }
    const ids = SINGLE.map((facet) => {
      const values = facetValues(doc, facet);
      return values.length > 0 ? this.idFor(FACET_NAMES.indexOf(facet), values[0], doc) : -1;
    });
    const key = ids.join(',');
    let combo = this.comboIds.get(key);
    if (combo === undefined) {
      combo = this.comboIds.size;
      this.comboIds.set(key, combo);
      this.comboValues.push(...ids);
    }
    this.comboOf[slot] = combo;
    this.articleIds[slot] = doc.articles.map((v) => this.idFor(ARTICLE, v, doc));
    this.flat = null;
  }

  /** Builds the lazy parts now (after a build, load or upsert) so that no query pays for them. */
  prepare(): void {
    this.flatCodes();
    FACET_NAMES.forEach((_, f) => this.rankOrder(f));
  }

  private flatCodes(): FlatCodes {
    if (this.flat) return this.flat;
    const offsets = new Int32Array(FACET_NAMES.length + 1);
    offsets[0] = 1; // bin 0: no value
    SINGLE.forEach((facet, k) => (offsets[k + 1] = offsets[k] + this.size(facet)));
    offsets[NS + 1] = offsets[NS] + this.size('article');
    const n = this.articleIds.length;
    const comboBins = Int32Array.from(this.comboValues, (id, i) => (id < 0 ? 0 : offsets[i % NS] + id));
    const start = new Int32Array(n + 1);
    for (let slot = 0; slot < n; slot++) start[slot + 1] = start[slot] + (this.articleIds[slot]?.length ?? 0);
    const ids = new Int32Array(start[n]);
    for (let slot = 0; slot < n; slot++) (this.articleIds[slot] ?? []).forEach((id, i) => (ids[start[slot] + i] = offsets[NS] + id));
    this.flat = { offsets, combo: this.comboOf.subarray(0, n), comboBins, start, ids, bins: offsets[NS + 1] };
    return this.flat;
  }

  counter(filters: ActiveFilters): FacetCounter {
    return new FacetCounter(this, filters, this.flatCodes());
  }

  /**
   * @internal Value ids ordered as `result` lists them on equal counts. Collating thousands of Part labels per
   * query was the largest single cost of a query over the bulk corpus; done once per new value set instead.
   */
  rankOrder(f: number): Int32Array {
    let order = this.byRank[f];
    if (!order) {
      const values = this.values[f];
      order = Int32Array.from(values.keys()).sort((a, b) => collator.compare(values[a], values[b]) || a - b);
      const rankOf = new Int32Array(order.length);
      for (let rank = 0; rank < order.length; rank++) rankOf[order[rank]] = rank;
      this.byRank[f] = order;
      this.rankOfId[f] = rankOf;
    }
    return order;
  }

  /** @internal Rank of each value id in rankOrder(f). */
  rankOf(f: number): Int32Array {
    this.rankOrder(f);
    return this.rankOfId[f]!;
  }

  /** @internal */
  idOf(facet: FacetName, value: string): number | undefined {
    return this.ids[FACET_NAMES.indexOf(facet)].get(value);
  }
  /** @internal */
  size(facet: FacetName): number {
    return this.ids[FACET_NAMES.indexOf(facet)].size;
  }
  /** @internal */
  describe(facet: FacetName, id: number): { value: string; label: string } {
    const f = FACET_NAMES.indexOf(facet);
    return { value: this.values[f][id], label: this.labels[f][id] };
  }
}

/** A filter over the flat bins: which bins pass, and the facet (index in SINGLE, or NS for articles). */
interface Wanted {
  k: number;
  pass: Uint8Array;
}

/**
 * Counts facet values over the whole result set, before paging. A facet's own filter is left out of its counts
 * (the other facets' filters apply), so a reader can see and add the other values of a facet already filtered on.
 * `take` runs once per query over every matching provision: its loops are specialised for the usual cases (no
 * filter, one filter on a one-valued facet) and touch only typed arrays.
 */
export class FacetCounter {
  /** Per flat bin (FlatCodes): how many provisions count under it. */
  private readonly counts: Int32Array;
  /**
   * Per combination of one-valued facet values: provisions passing every filter, and (one filter on a one-valued
   * facet) provisions failing it. A hit costs one increment here; the bins are filled per combination afterwards.
   */
  private readonly comboCounts: Int32Array;
  private readonly comboFailed: Int32Array;
  private readonly wanted: Wanted[];
  /** Scratch for the facet lists' sort keys. */
  private keys = new Float64Array(0);

  constructor(
    private readonly table: FacetTable,
    private readonly filters: ActiveFilters,
    private readonly flat: FlatCodes,
  ) {
    this.counts = new Int32Array(flat.bins);
    const combos = flat.comboBins.length / NS;
    this.comboCounts = new Int32Array(combos);
    this.comboFailed = new Int32Array(combos);
    this.wanted = filters.map(([f, values]) => {
      const k = f === 'article' ? NS : SINGLE.indexOf(f);
      const pass = new Uint8Array(flat.bins);
      for (const v of values) {
        const id = table.idOf(f, v);
        if (id !== undefined) pass[flat.offsets[k] + id] = 1;
      }
      return { k, pass };
    });
  }

  /**
   * Counts every provision of `hits` in the facets, then keeps in `hits` (in place, order kept) only those that
   * pass every filter.
   */
  take(hits: HitList): void {
    const { combo, comboBins, start, ids } = this.flat;
    // Without any article (a corpus not aligned yet) the article rows are not read at all.
    const articles = ids.length > 0;
    const counts = this.counts;
    const comboCounts = this.comboCounts;
    const slots = hits.slots;
    const scores = hits.scores;
    const n = hits.count;
    const wanted = this.wanted;
    if (wanted.length === 0) {
      for (let i = 0; i < n; i++) {
        const slot = slots[i];
        comboCounts[combo[slot]]++;
        if (articles) for (let a = start[slot], end = start[slot + 1]; a < end; a++) counts[ids[a]]++;
      }
      this.countCombos(-1);
      return;
    }
    let kept = 0;
    if (wanted.length === 1 && wanted[0].k < NS) {
      // One filter on a one-valued facet (a jurisdiction, an instrument, kinds): a provision failing it counts
      // under that facet only. Whether it passes depends on its combination alone.
      const { k: fk, pass } = wanted[0];
      const comboPass = new Uint8Array(comboCounts.length);
      for (let c = 0; c < comboPass.length; c++) comboPass[c] = pass[comboBins[c * NS + fk]];
      const comboFailed = this.comboFailed;
      for (let i = 0; i < n; i++) {
        const slot = slots[i];
        const c = combo[slot];
        if (comboPass[c] === 0) {
          comboFailed[c]++;
          continue;
        }
        comboCounts[c]++;
        if (articles) for (let a = start[slot], end = start[slot + 1]; a < end; a++) counts[ids[a]]++;
        slots[kept] = slot;
        scores[kept++] = scores[i];
      }
      this.countCombos(fk);
      hits.count = kept;
      return;
    }
    for (let i = 0; i < n; i++) {
      const slot = slots[i];
      const c = combo[slot] * NS;
      // The facet of the one failed filter (-1: none failed); a provision failing two filters counts nowhere.
      let failed = -1;
      let twice = false;
      for (let w = 0; w < wanted.length && !twice; w++) {
        const { k, pass } = wanted[w];
        let ok = false;
        if (k < NS) ok = pass[comboBins[c + k]] === 1;
        else for (let a = start[slot], end = start[slot + 1]; a < end && !ok; a++) ok = pass[ids[a]] === 1;
        if (ok) continue;
        if (failed >= 0) twice = true;
        failed = k;
      }
      if (twice) continue;
      if (failed < 0) {
        comboCounts[combo[slot]]++;
      } else if (failed < NS) {
        counts[comboBins[c + failed]]++;
      }
      if (failed < 0 || failed === NS) for (let a = start[slot], end = start[slot + 1]; a < end; a++) counts[ids[a]]++;
      if (failed < 0) {
        slots[kept] = slot;
        scores[kept++] = scores[i];
      }
    }
    this.countCombos(-1);
    hits.count = kept;
  }

  /** Each combination's provisions into its values' bins; those failing the filter on facet `fk` into that facet's only. */
  private countCombos(fk: number): void {
    const { comboBins } = this.flat;
    const { counts, comboCounts, comboFailed } = this;
    for (let c = 0; c < comboCounts.length; c++) {
      const v = comboCounts[c];
      if (v !== 0) for (let k = 0; k < NS; k++) counts[comboBins[c * NS + k]] += v;
      if (fk >= 0 && comboFailed[c] !== 0) counts[comboBins[c * NS + fk]] += comboFailed[c];
    }
  }

  result(limit: number): Record<FacetName, FacetValue[]> {
    const out = {} as Record<FacetName, FacetValue[]>;
    // Plain loops, no closures: this runs once per query, and closures created per call cost more than the work.
    for (let f = 0; f < FACET_NAMES.length; f++) out[FACET_NAMES[f]] = this.facetResult(f, limit);
    return out;
  }

  /** One facet's values: most frequent first, then in collation order; selected values always listed. */
  private facetResult(f: number, limit: number): FacetValue[] {
    const facet = FACET_NAMES[f];
    const k = facet === 'article' ? NS : SINGLE.indexOf(facet);
    const from = this.flat.offsets[k];
    const counts = this.counts;
    // One numeric sort of (count, rank) packed into a double. The counts of a facet are contiguous: scanning them
    // by value id is one pass over an Int32Array, however many values (Parts) the corpus has.
    const order = this.table.rankOrder(f);
    const rankOf = this.table.rankOf(f);
    const R = order.length;
    // A typed array sorts numerically without a comparator call per comparison (thousands of instruments).
    const all = this.keys.length >= R ? this.keys : (this.keys = new Float64Array(R));
    let m = 0;
    for (let id = 0; id < R; id++) {
      const count = counts[from + id];
      if (count > 0) all[m++] = -count * R + rankOf[id];
    }
    const keys = all.subarray(0, m).sort();
    const shown: FacetValue[] = [];
    const listed = new Set<string>();
    for (let i = 0; i < keys.length && i < limit; i++) {
      const id = order[((keys[i] % R) + R) % R];
      const v = this.table.describe(facet, id);
      shown.push({ value: v.value, label: v.label, count: counts[from + id] });
      listed.add(v.value);
    }
    // A selected value beyond the limit is still listed; one with no provision left shows with 0, so the reader can
    // clear it.
    for (const [name, selected] of this.filters) {
      if (name !== facet) continue;
      for (const v of selected) {
        if (listed.has(v)) continue;
        const id = this.table.idOf(facet, v);
        shown.push({ value: v, label: id === undefined ? v : this.table.describe(facet, id).label, count: id === undefined ? 0 : counts[from + id] });
      }
    }
    return shown;
  }

}
