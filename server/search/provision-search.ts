import type { Thesaurus } from '../templates/types.ts';
import { analysisFingerprint } from './analysis.ts';
import { CorpusStats } from './corpus-stats.ts';
import { SearchIndexError, SearchSyntaxError } from './errors.ts';
import { evaluatePlan } from './evaluate-query.ts';
import { activeFilters, FacetTable } from './facets.ts';
import { parseQuery } from './parse-query.ts';
import { planQuery } from './plan-query.ts';
import { buildHit } from './search-hit.ts';
import { SEARCH_SYNONYMS } from './search-synonyms.ts';
import { Shard } from './shard.ts';
import { SynonymIndex } from './synonym-index.ts';
import { compareRanked, topK, type Ranked } from './top-k.ts';
import type { FieldName, SearchDoc, SearchRequest, SearchResponse } from './types.ts';
import { validateDocs } from './validate-docs.ts';

const FORMAT = 'lexalign-provision-search';
const VERSION = 1;
/** A shard holds about this much text: rebuilding one (compact) takes a few seconds; queries visit every shard. */
export const SHARD_CHARS = 3_000_000;
export const MAX_QUERY_CHARS = 1000;
export const DEFAULT_SIZE = 20;
export const MAX_SIZE = 100;
const DEFAULT_FACET_LIMIT = 100;

interface ShardInfo {
  instruments: Set<string>;
  jurisdictions: Set<string>;
}

/**
 * Full-text search over provisions: lunr shards, thesaurus expansion, phrases, facets, highlighted snippets.
 * Sharding: a full build packs instruments (grouped by jurisdiction) into shards of ~SHARD_CHARS; upserting a
 * statute tombstones its old provisions and indexes the new ones into a shard of their own, so the cost is that of
 * the statute, not of the corpus. compact() later folds small and tombstoned shards back. See docs/search.md.
 */
export class ProvisionSearch {
  private readonly docs: Array<SearchDoc | null> = [];
  private readonly slotShard: Shard[] = [];
  private readonly slotLocal: number[] = [];
  private shards: Shard[] = [];
  private readonly shardInfo = new Map<Shard, ShardInfo>();
  private readonly byInstrument = new Map<string, Set<number>>();
  private stats = new CorpusStats();
  private readonly facets = new FacetTable();
  private readonly synonyms: SynonymIndex;

  private constructor(thesaurus: Thesaurus) {
    this.synonyms = SynonymIndex.fromThesaurus(thesaurus, SEARCH_SYNONYMS);
  }

  static build(docs: SearchDoc[], thesaurus: Thesaurus, options: { shardChars?: number } = {}): ProvisionSearch {
    const search = new ProvisionSearch(thesaurus);
    const valid = validateDocs(docs, 'build');
    const groups = new Map<string, SearchDoc[]>();
    for (const d of valid) {
      const g = groups.get(d.instrument) ?? [];
      g.push(d);
      groups.set(d.instrument, g);
    }
    // Instruments of one jurisdiction share shards, so a jurisdiction filter skips the others.
    const ordered = [...groups.values()].map((g, i) => ({ g, i })).sort((a, b) => a.g[0].jurisdiction.localeCompare(b.g[0].jurisdiction) || a.i - b.i);
    const limit = options.shardChars ?? SHARD_CHARS;
    let pending: SearchDoc[] = [];
    let chars = 0;
    for (const { g } of ordered) {
      const size = g.reduce((n, d) => n + d.text.length + (d.heading?.length ?? 0), 0);
      if (pending.length > 0 && chars + size > limit) {
        search.addShard(pending);
        pending = [];
        chars = 0;
      }
      pending.push(...g);
      chars += size;
    }
    if (pending.length > 0) search.addShard(pending);
    return search;
  }

  static load(serialised: string, thesaurus: Thesaurus): ProvisionSearch {
    let raw: { format?: unknown; version?: unknown; analysis?: unknown; docs?: unknown; shards?: unknown };
    try {
      raw = JSON.parse(serialised);
    } catch (err) {
      throw new SearchIndexError(`serialised search index is not valid JSON (${(err as Error).message})`);
    }
    if (!raw || raw.format !== FORMAT) throw new SearchIndexError(`not a serialised search index (format "${FORMAT}" expected)`);
    if (raw.version !== VERSION) throw new SearchIndexError(`search index version ${String(raw.version)} cannot be read (version ${VERSION} expected): rebuild it`);
    if (raw.analysis !== analysisFingerprint()) {
      throw new SearchIndexError('search index was built with different stemming or spelling rules: rebuild it');
    }
    const docs = validateDocs(raw.docs, 'load');
    if (!Array.isArray(raw.shards)) throw new SearchIndexError('load: "shards" must be an array');
    const search = new ProvisionSearch(thesaurus);
    docs.forEach((d) => search.docs.push(d));
    raw.shards.forEach((s: unknown, i: number) => {
      const shard = Shard.fromJSON(s, `load: shard ${i}`);
      shard.slots.forEach((slot, local) => {
        if (slot < 0) return;
        if (slot >= docs.length || search.slotShard[slot]) throw new SearchIndexError(`load: shard ${i} refers to a missing or repeated provision ${slot}`);
      });
      search.attachShard(shard);
    });
    if (search.slotShard.length !== docs.length || search.slotShard.some((s) => !s)) {
      throw new SearchIndexError('load: some provisions are in no shard');
    }
    return search;
  }

  serialise(): string {
    // Live provisions only, renumbered; tombstoned entries of a shard are written as -1.
    const newSlot = new Int32Array(this.docs.length).fill(-1);
    const docs: SearchDoc[] = [];
    this.docs.forEach((d, slot) => {
      if (d) {
        newSlot[slot] = docs.length;
        docs.push(d);
      }
    });
    const shards = this.shards.filter((s) => s.liveCount > 0).map((s) => s.toJSON((slot) => newSlot[slot]));
    return JSON.stringify({ format: FORMAT, version: VERSION, analysis: analysisFingerprint(), docs, shards });
  }

  upsertInstrument(instrumentId: string, docs: SearchDoc[]): void {
    if (typeof instrumentId !== 'string' || instrumentId === '') throw new SearchIndexError('upsertInstrument: instrumentId must be a non-empty string');
    const valid = validateDocs(docs, `upsertInstrument("${instrumentId}")`, instrumentId);
    this.removeInstrument(instrumentId);
    if (valid.length > 0) this.addShard(valid);
  }

  removeInstrument(instrumentId: string): void {
    const slots = this.byInstrument.get(instrumentId);
    if (!slots) return;
    const old: SearchDoc[] = [];
    for (const slot of slots) {
      const doc = this.docs[slot];
      if (!doc) continue;
      old.push(doc);
      this.slotShard[slot].live[this.slotLocal[slot]] = 0;
      this.docs[slot] = null;
    }
    this.stats.adjust(old, -1);
    this.byInstrument.delete(instrumentId);
    for (const shard of this.shards) {
      this.shardInfo.get(shard)?.instruments.delete(instrumentId);
    }
    this.shards = this.shards.filter((s) => s.liveCount > 0);
  }

  /**
   * Rebuilds shards that are mostly tombstones and merges small shards left by upserts. Slow (seconds over the
   * bulk corpus): call it when idle or at start-up, not per request. Scores are recomputed from fresh statistics.
   */
  compact(options: { shardChars?: number } = {}): void {
    const limit = options.shardChars ?? SHARD_CHARS;
    const small = (s: Shard): boolean => s.liveCount < s.size * 0.7 || this.shardChars(s) < limit / 4;
    const redo = this.shards.filter(small);
    if (redo.length < 2 && redo.every((s) => s.liveCount === s.size)) return;
    this.shards = this.shards.filter((s) => !small(s));
    let pending: number[] = [];
    let chars = 0;
    const flush = (): void => {
      if (pending.length > 0) this.attachShard(Shard.build(pending.map((slot) => this.docs[slot]!), pending), false);
      pending = [];
      chars = 0;
    };
    for (const shard of redo) {
      this.shardInfo.delete(shard);
      shard.slots.forEach((slot, local) => {
        if (!shard.live[local]) return;
        const d = this.docs[slot]!;
        chars += d.text.length;
        pending.push(slot);
        if (chars >= limit) flush();
      });
    }
    flush();
    this.stats = new CorpusStats();
    for (const s of this.shards) this.stats.addShard(s);
  }

  get counts(): { provisions: number; instruments: number; shards: number } {
    return { provisions: this.stats.docs, instruments: this.byInstrument.size, shards: this.shards.length };
  }

  query(req: SearchRequest): SearchResponse {
    if (typeof req !== 'object' || req === null || typeof req.q !== 'string') throw new SearchSyntaxError('The query "q" must be a string.', 0);
    const q = req.q.trim();
    if (q.length > MAX_QUERY_CHARS) throw new SearchSyntaxError(`The query is ${q.length} characters long; at most ${MAX_QUERY_CHARS} are allowed.`, MAX_QUERY_CHARS);
    const size = Math.min(MAX_SIZE, Math.max(1, Math.floor(Number(req.size ?? DEFAULT_SIZE)) || DEFAULT_SIZE));
    const page = Math.max(1, Math.floor(Number(req.page ?? 1)) || 1);
    const filters = activeFilters(req.filters);
    const counter = this.facets.counter(filters);
    const notes: string[] = [];
    let ranked: Ranked[] = [];
    let terms = new Map<Shard, Set<string>>();
    const wants = (f: 'instrument' | 'jurisdiction'): Set<string> | undefined => filters.find(([name]) => name === f)?.[1];
    if (q === '') {
      // Browse: every provision passing the filters, in corpus order.
      for (let slot = 0; slot < this.docs.length; slot++) {
        const d = this.docs[slot];
        if (d && counter.add(slot)) ranked.push({ slot, score: 0 });
      }
    } else {
      const plan = planQuery(parseQuery(q), req.synonyms === false ? null : this.synonyms);
      notes.push(...plan.notes);
      if (plan.units.length > 0) {
        const inst = wants('instrument');
        const jur = wants('jurisdiction');
        const evaluation = evaluatePlan(plan, {
          shards: this.shards,
          stats: this.stats,
          fieldText: (slot, field) => this.fieldText(slot, field),
          // Facet counts leave out the facet's own filter, so a provision failing one filter still counts; a
          // shard can be skipped only when all its provisions fail both the instrument and jurisdiction filters.
          shardAllowed: (shard) => {
            const info = this.shardInfo.get(shard)!;
            const failsInst = !!inst && ![...inst].some((i) => info.instruments.has(i));
            const failsJur = !!jur && ![...jur].some((j) => info.jurisdictions.has(j));
            return !(failsInst && failsJur);
          },
        });
        notes.push(...evaluation.notes);
        terms = evaluation.terms;
        for (const m of evaluation.matches) {
          if (this.docs[m.slot] && counter.add(m.slot)) ranked.push(m);
        }
      }
    }
    if (req.group === 'unit') ranked = this.bestPerUnit(ranked);
    else if (req.group !== undefined && req.group !== 'provision') {
      throw new SearchSyntaxError(`group must be "provision" or "unit", not "${String(req.group)}".`, 0);
    }
    const total = ranked.length;
    const pageItems = topK(ranked, page * size).slice((page - 1) * size);
    ranked = [];
    const hits = pageItems.map((m) => {
      const shard = this.slotShard[m.slot];
      return buildHit(this.docs[m.slot]!, m.score, shard, this.slotLocal[m.slot], terms.get(shard));
    });
    const limit = Math.max(1, Math.floor(Number(req.facetLimit ?? DEFAULT_FACET_LIMIT)) || DEFAULT_FACET_LIMIT);
    const response: SearchResponse = { total, page, size, hits, facets: counter.result(limit) };
    if (notes.length > 0) response.notes = notes;
    return response;
  }

  private bestPerUnit(ranked: Ranked[]): Ranked[] {
    const best = new Map<string, Ranked>();
    for (const r of ranked) {
      const d = this.docs[r.slot]!;
      const key = `${d.instrument}\u0000${d.unit}`;
      const seen = best.get(key);
      if (!seen || compareRanked(r, seen) < 0) best.set(key, r);
    }
    return [...best.values()];
  }

  private fieldText(slot: number, field: FieldName): string {
    const d = this.docs[slot];
    if (!d) return '';
    if (field === 'defines') return d.defines.join(' ; ');
    return d[field] ?? '';
  }

  private shardChars(shard: Shard): number {
    let n = 0;
    shard.slots.forEach((slot, local) => {
      if (shard.live[local]) n += this.docs[slot]?.text.length ?? 0;
    });
    return n;
  }

  private addShard(docs: SearchDoc[]): void {
    const slots = docs.map((d) => {
      this.docs.push(d);
      return this.docs.length - 1;
    });
    this.attachShard(Shard.build(docs, slots));
  }

  private attachShard(shard: Shard, countStats = true): void {
    const info: ShardInfo = { instruments: new Set(), jurisdictions: new Set() };
    shard.slots.forEach((slot, local) => {
      if (slot < 0 || !shard.live[local]) return;
      const d = this.docs[slot]!;
      this.slotShard[slot] = shard;
      this.slotLocal[slot] = local;
      this.facets.set(slot, d);
      info.instruments.add(d.instrument);
      info.jurisdictions.add(d.jurisdiction);
      const set = this.byInstrument.get(d.instrument) ?? new Set<number>();
      set.add(slot);
      this.byInstrument.set(d.instrument, set);
    });
    this.shards.push(shard);
    this.shardInfo.set(shard, info);
    if (countStats) this.stats.addShard(shard);
  }
}
