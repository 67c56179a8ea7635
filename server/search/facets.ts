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
 * Facet values of every provision as small integers, so that counting facets over tens of thousands of hits is
 * array arithmetic rather than string maps. Slots are the search's global provision slots. The one-valued facets
 * sit in one flat array (slot * 4 + facet); template articles, of which a provision may have several, in a
 * compressed row layout rebuilt lazily after changes.
 */
export class FacetTable {
  private readonly ids = FACET_NAMES.map(() => new Map<string, number>());
  private readonly labels: string[][] = FACET_NAMES.map(() => []);
  private readonly values: string[][] = FACET_NAMES.map(() => []);
  /** Per slot and one-valued facet, the value id (-1 for none). */
  private codes = new Int32Array(0);
  private readonly articleIds: number[][] = [];
  private articles: { start: Int32Array; ids: Int32Array } | null = null;
  /** Per facet: value ids in display order for equal counts (collation of the value), rebuilt after new values. */
  private readonly byRank: Array<Int32Array | null> = FACET_NAMES.map(() => null);

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
    if ((slot + 1) * NS > this.codes.length) {
      const codes = new Int32Array(Math.max((slot + 1) * NS, this.codes.length * 2, 1024 * NS)).fill(-1);
      codes.set(this.codes);
      this.codes = codes;
    }
    SINGLE.forEach((facet, k) => {
      const values = facetValues(doc, facet);
      this.codes[slot * NS + k] = values.length > 0 ? this.idFor(FACET_NAMES.indexOf(facet), values[0], doc) : -1;
    });
    this.articleIds[slot] = doc.articles.map((v) => this.idFor(ARTICLE, v, doc));
    this.articles = null;
  }

  /** Builds the lazy parts now (after a build, load or upsert) so that no query pays for them. */
  prepare(): void {
    this.counter([]);
    FACET_NAMES.forEach((_, f) => this.rankOrder(f));
  }

  counter(filters: ActiveFilters): FacetCounter {
    if (!this.articles) {
      const n = this.articleIds.length;
      const start = new Int32Array(n + 1);
      for (let slot = 0; slot < n; slot++) start[slot + 1] = start[slot] + (this.articleIds[slot]?.length ?? 0);
      const ids = new Int32Array(start[n]);
      for (let slot = 0; slot < n; slot++) ids.set(this.articleIds[slot] ?? [], start[slot]);
      this.articles = { start, ids };
    }
    return new FacetCounter(this, filters, this.codes, this.articles);
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
      this.byRank[f] = order;
    }
    return order;
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

/**
 * Counts facet values over the whole result set, before paging. A facet's own filter is left out of its counts
 * (the other facets' filters apply), so a reader can see and add the other values of a facet already filtered on.
 */
export class FacetCounter {
  /** Counts of the one-valued facets (SINGLE order), then of articles. */
  private readonly single: Int32Array[];
  private readonly articleCounts: Int32Array;
  /** Per filter: the facet (index in SINGLE, or NS for articles) and which value ids pass. */
  private readonly wanted: Array<{ k: number; ids: Uint8Array }>;

  constructor(
    private readonly table: FacetTable,
    private readonly filters: ActiveFilters,
    private readonly codes: Int32Array,
    private readonly articles: { start: Int32Array; ids: Int32Array },
  ) {
    this.single = SINGLE.map((f) => new Int32Array(table.size(f)));
    this.articleCounts = new Int32Array(table.size('article'));
    this.wanted = filters.map(([f, values]) => {
      const ids = new Uint8Array(table.size(f));
      for (const v of values) {
        const id = table.idOf(f, v);
        if (id !== undefined) ids[id] = 1;
      }
      return { k: f === 'article' ? NS : SINGLE.indexOf(f), ids };
    });
  }

  private passes(slot: number, k: number, ids: Uint8Array): boolean {
    if (k < NS) {
      const id = this.codes[slot * NS + k];
      return id >= 0 && ids[id] === 1;
    }
    const { start, ids: list } = this.articles;
    for (let i = start[slot]; i < start[slot + 1]; i++) if (ids[list[i]] === 1) return true;
    return false;
  }

  /** Counts the provision in `slot`; true if it passes every filter. Hot: runs once per hit, so kept flat. */
  add(slot: number): boolean {
    const codes = this.codes;
    const base = slot * NS;
    let failed = -1;
    for (let w = 0; w < this.wanted.length; w++) {
      const want = this.wanted[w];
      if (!this.passes(slot, want.k, want.ids)) {
        if (failed >= 0) return false;
        failed = want.k;
      }
    }
    const single = this.single;
    if (failed < 0) {
      for (let k = 0; k < NS; k++) {
        const id = codes[base + k];
        if (id >= 0) single[k][id]++;
      }
    } else if (failed < NS) {
      const id = codes[base + failed];
      if (id >= 0) single[failed][id]++;
    }
    if (failed < 0 || failed === NS) {
      const { start, ids } = this.articles;
      const end = start[slot + 1];
      for (let i = start[slot]; i < end; i++) this.articleCounts[ids[i]]++;
    }
    return failed < 0;
  }

  result(limit: number): Record<FacetName, FacetValue[]> {
    const out = {} as Record<FacetName, FacetValue[]>;
    FACET_NAMES.forEach((facet, f) => {
      const counts = facet === 'article' ? this.articleCounts : this.single[SINGLE.indexOf(facet)];
      const selected = this.filters.find(([name]) => name === facet)?.[1] ?? new Set<string>();
      // Most frequent first, then in collation order: one numeric sort of (count, rank) packed into a double.
      const order = this.table.rankOrder(f);
      const R = order.length;
      let nonZero = 0;
      for (let id = 0; id < counts.length; id++) if (counts[id] > 0) nonZero++;
      const keys = new Float64Array(nonZero);
      let k = 0;
      for (let rank = 0; rank < R; rank++) {
        const count = counts[order[rank]];
        if (count > 0) keys[k++] = -count * R + rank;
      }
      keys.sort();
      const value = (key: number): FacetValue => {
        const rank = ((key % R) + R) % R;
        const id = order[rank];
        return { ...this.table.describe(facet, id), count: counts[id] };
      };
      const shown: FacetValue[] = [];
      for (let i = 0; i < Math.min(limit, keys.length); i++) shown.push(value(keys[i]));
      const listed = new Set(shown.map((v) => v.value));
      // A selected value beyond the limit is still listed; one with no provision left shows with 0, so the
      // reader can clear it.
      for (const v of selected) {
        if (listed.has(v)) continue;
        const id = this.table.idOf(facet, v);
        const count = id === undefined ? 0 : counts[id];
        shown.push({ value: v, label: id === undefined ? v : this.table.describe(facet, id).label, count });
      }
      out[facet] = shown;
    });
    return out;
  }
}
