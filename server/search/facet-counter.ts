import { NS, SINGLE, type FacetTable, type FlatCodes } from './facet-table.ts';
import type { HitList } from './slot-buffers.ts';
import { partFilterValue } from './part-topic.ts';
import { FACET_NAMES, type FacetName, type FacetValue, type SearchFilters } from './types.ts';

/** Filters normalised: only non-empty facets. OR within a facet, AND across facets. */
type ActiveFilters = Array<[FacetName, Set<string>]>;

export function activeFilters(filters: SearchFilters | undefined): ActiveFilters {
  const out: ActiveFilters = [];
  for (const f of FACET_NAMES) {
    const given: unknown = filters?.[f];
    // A single value (`?jurisdiction=KE` parsed as a string) counts as a list of one.
    const list: unknown[] = Array.isArray(given) ? given : typeof given === 'string' ? [given] : [];
    let values = list.filter((v): v is string => typeof v === 'string' && v !== '');
    // A Part filter names a topic; a full Part label (an older link) selects its topic.
    if (f === 'part') values = values.map(partFilterValue);
    if (values.length > 0) out.push([f, new Set(values)]);
  }
  return out;
}

/**
 * The first m keys, sorted ascending. A facet usually has a few values with hits: an insertion sort in place
 * costs less than TypedArray sort's set-up (a copy out and back) for each of the five facets of every query.
 */
function sortKeys(keys: Float64Array, m: number): Float64Array {
  if (m > 32) return keys.subarray(0, m).sort();
  for (let i = 1; i < m; i++) {
    const v = keys[i];
    let j = i - 1;
    while (j >= 0 && keys[j] > v) {
      keys[j + 1] = keys[j];
      j--;
    }
    keys[j + 1] = v;
  }
  return keys;
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

  private readonly flat: FlatCodes;

  constructor(
    private readonly table: FacetTable,
    private readonly filters: ActiveFilters,
  ) {
    const flat = (this.flat = table.flatCodes());
    // The table's zeroed scratch arrays, not new ones: allocating three typed arrays per query cost more than
    // counting. The search zeroes them after each query (FacetTable.clearScratch), even one that failed.
    const scratch = table.scratch();
    this.counts = scratch.counts;
    this.comboCounts = scratch.comboCounts;
    this.comboFailed = scratch.comboFailed;
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
    const keys = sortKeys(all, m);
    const shown: FacetValue[] = [];
    const values = this.table.valuesOf(f);
    const labels = this.table.labelsOf(f);
    for (let i = 0; i < m && i < limit; i++) {
      const id = order[((keys[i] % R) + R) % R];
      shown.push({ value: values[id], label: labels[id], count: counts[from + id] });
    }
    // A selected value beyond the limit is still listed; one with no provision left shows with 0, so the reader can
    // clear it.
    for (const [name, selected] of this.filters) {
      if (name !== facet) continue;
      const listed = new Set(shown.map((v) => v.value));
      for (const v of selected) {
        if (listed.has(v)) continue;
        const id = this.table.idOf(facet, v);
        shown.push({ value: v, label: id === undefined ? v : this.table.describe(facet, id).label, count: id === undefined ? 0 : counts[from + id] });
      }
    }
    return shown;
  }

}
