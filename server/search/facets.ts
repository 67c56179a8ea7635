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

/**
 * Facet values of every provision as small integers, so that counting facets over tens of thousands of hits is
 * array arithmetic rather than string maps. Slots are the search's global provision slots.
 */
export class FacetTable {
  private readonly ids = new Map<FacetName, Map<string, number>>(FACET_NAMES.map((f) => [f, new Map()]));
  private readonly labels = new Map<FacetName, string[]>(FACET_NAMES.map((f) => [f, []]));
  private readonly values = new Map<FacetName, string[]>(FACET_NAMES.map((f) => [f, []]));
  /** Per facet, per slot: the value ids (most facets have exactly one). */
  private readonly bySlot = new Map<FacetName, number[][]>(FACET_NAMES.map((f) => [f, []]));
  private readonly single = new Map<FacetName, Int32Array>();
  private readonly dirty = new Set<FacetName>();

  set(slot: number, doc: SearchDoc): void {
    for (const facet of FACET_NAMES) {
      const dict = this.ids.get(facet)!;
      const ids = facetValues(doc, facet).map((v) => {
        let id = dict.get(v);
        if (id === undefined) {
          id = dict.size;
          dict.set(v, id);
          this.values.get(facet)!.push(v);
          this.labels.get(facet)!.push(facetLabel(facet, v, doc));
        }
        return id;
      });
      this.bySlot.get(facet)![slot] = ids;
      this.dirty.add(facet);
    }
  }

  /** @internal Per facet, per slot, the single value id (-1 for none), for the one-valued facets. */
  singleIds(facet: FacetName): Int32Array {
    let cached = this.single.get(facet);
    const slots = this.bySlot.get(facet)!;
    if (!cached || cached.length !== slots.length || this.dirty.has(facet)) {
      cached = Int32Array.from(slots, (ids) => (ids && ids.length > 0 ? ids[0] : -1));
      this.single.set(facet, cached);
      this.dirty.delete(facet);
    }
    return cached;
  }

  counter(filters: ActiveFilters): FacetCounter {
    return new FacetCounter(this, filters);
  }

  /** @internal */
  idOf(facet: FacetName, value: string): number | undefined {
    return this.ids.get(facet)!.get(value);
  }
  /** @internal */
  slotIds(facet: FacetName): number[][] {
    return this.bySlot.get(facet)!;
  }
  /** @internal */
  size(facet: FacetName): number {
    return this.ids.get(facet)!.size;
  }
  /** @internal */
  describe(facet: FacetName, id: number): { value: string; label: string } {
    return { value: this.values.get(facet)![id], label: this.labels.get(facet)![id] };
  }
}

/**
 * Counts facet values over the whole result set, before paging. A facet's own filter is left out of its counts
 * (the other facets' filters apply), so a reader can see and add the other values of a facet already filtered on.
 */
export class FacetCounter {
  private readonly counts: Int32Array[];
  /** Facets with one value per provision (all but `article`), as flat arrays; `article` keeps lists. */
  private readonly single: Array<Int32Array | null>;
  private readonly multi: Array<number[][] | null>;
  private readonly wanted: Array<{ facet: number; ids: Uint8Array }>;

  constructor(
    private readonly table: FacetTable,
    private readonly filters: ActiveFilters,
  ) {
    this.counts = FACET_NAMES.map((f) => new Int32Array(table.size(f)));
    this.single = FACET_NAMES.map((f) => (f === 'article' ? null : table.singleIds(f)));
    this.multi = FACET_NAMES.map((f) => (f === 'article' ? table.slotIds(f) : null));
    this.wanted = filters.map(([f, values]) => {
      const ids = new Uint8Array(table.size(f));
      for (const v of values) {
        const id = table.idOf(f, v);
        if (id !== undefined) ids[id] = 1;
      }
      return { facet: FACET_NAMES.indexOf(f), ids };
    });
  }

  /** Counts the provision in `slot`; true if it passes every filter. */
  add(slot: number): boolean {
    let failed = -1;
    for (let w = 0; w < this.wanted.length; w++) {
      const { facet, ids } = this.wanted[w];
      const single = this.single[facet];
      let ok = false;
      if (single) {
        const id = single[slot];
        ok = id >= 0 && ids[id] === 1;
      } else {
        for (const id of this.multi[facet]![slot]) if (ids[id]) ok = true;
      }
      if (!ok) {
        if (failed >= 0) return false;
        failed = facet;
      }
    }
    for (let f = 0; f < this.counts.length; f++) {
      if (failed >= 0 && f !== failed) continue;
      const single = this.single[f];
      if (single) {
        const id = single[slot];
        if (id >= 0) this.counts[f][id]++;
      } else {
        for (const id of this.multi[f]![slot]) this.counts[f][id]++;
      }
    }
    return failed < 0;
  }

  result(limit: number): Record<FacetName, FacetValue[]> {
    const out = {} as Record<FacetName, FacetValue[]>;
    FACET_NAMES.forEach((facet, f) => {
      const selected = this.filters.find(([name]) => name === facet)?.[1] ?? new Set<string>();
      const all: FacetValue[] = [];
      this.counts[f].forEach((count, id) => {
        if (count > 0) all.push({ ...this.table.describe(facet, id), count });
      });
      all.sort((a, b) => b.count - a.count || collator.compare(a.value, b.value));
      const shown = all.slice(0, limit);
      for (const v of all.slice(limit)) if (selected.has(v.value)) shown.push(v);
      // A selected value with no provision left still shows, with 0, so the reader can clear it.
      for (const value of selected) {
        if (!all.some((v) => v.value === value)) {
          const id = this.table.idOf(facet, value);
          shown.push({ value, label: id === undefined ? value : this.table.describe(facet, id).label, count: 0 });
        }
      }
      out[facet] = shown;
    });
    return out;
  }
}
