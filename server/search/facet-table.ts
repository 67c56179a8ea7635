import { partTopic } from './part-topic.ts';
import { FACET_NAMES, type FacetName, type SearchDoc } from './types.ts';
import { withCapacity } from './typed-capacity.ts';
import { pushAll } from '../large-arrays.ts';

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
  if (facet === 'part') return doc?.part ? partTopic(doc.part).label : value;
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
      // Grouped by heading across statutes (part-topic.ts); the hit itself keeps its full Part.
      return doc.part ? [partTopic(doc.part).value] : [];
    case 'article':
      return doc.articles;
  }
}

/** One collator for every sort: String.localeCompare with options builds a new one per call (slow on 1,000s of Parts). */
const collator = new Intl.Collator('en', { numeric: true });

export const SINGLE = FACET_NAMES.filter((f) => f !== 'article');
export const NS = SINGLE.length;
const ARTICLE = FACET_NAMES.indexOf('article');

/**
 * Flat numbering of every facet value: one counter array per query instead of one per facet, and per-slot codes
 * that index it directly. Bin 0 is a bin for "no value" (a provision outside any Part), so the counting loops
 * have no branch for it; facet k's values are bins offsets[k] .. offsets[k] + size - 1 (articles: offsets[NS]).
 */
export interface FlatCodes {
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
  private scratchArrays: { counts: Int32Array; comboCounts: Int32Array; comboFailed: Int32Array } | null = null;
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
    this.comboOf = withCapacity(this.comboOf, slot + 1);
    const ids = SINGLE.map((facet) => {
      const values = facetValues(doc, facet);
      return values.length > 0 ? this.idFor(FACET_NAMES.indexOf(facet), values[0], doc) : -1;
    });
    const key = ids.join(',');
    let combo = this.comboIds.get(key);
    if (combo === undefined) {
      combo = this.comboIds.size;
      this.comboIds.set(key, combo);
      pushAll(this.comboValues, ids);
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

  /** @internal The flat numbering for counting (FacetCounter), rebuilt after changes. */
  flatCodes(): FlatCodes {
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
  /** @internal Zeroed counting arrays sized to the flat numbering, shared by the queries (FacetCounter). */
  scratch(): { counts: Int32Array; comboCounts: Int32Array; comboFailed: Int32Array } {
    const flat = this.flatCodes();
    const combos = flat.comboBins.length / NS;
    const s = this.scratchArrays;
    if (s && s.counts.length === flat.bins && s.comboCounts.length === combos) return s;
    return (this.scratchArrays = { counts: new Int32Array(flat.bins), comboCounts: new Int32Array(combos), comboFailed: new Int32Array(combos) });
  }

  /** Zeroes the counting arrays after a query (a few thousand entries: cheaper than new arrays). */
  clearScratch(): void {
    const s = this.scratchArrays;
    if (!s) return;
    s.counts.fill(0);
    s.comboCounts.fill(0);
    s.comboFailed.fill(0);
  }

  /** @internal Facet f's values by id. */
  valuesOf(f: number): readonly string[] {
    return this.values[f];
  }

  /** @internal Facet f's labels by id. */
  labelsOf(f: number): readonly string[] {
    return this.labels[f];
  }

  /** @internal */
  describe(facet: FacetName, id: number): { value: string; label: string } {
    const f = FACET_NAMES.indexOf(facet);
    return { value: this.values[f][id], label: this.labels[f][id] };
  }
}

