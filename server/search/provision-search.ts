import type { Thesaurus } from '../thesaurus/types.ts';
import { bm25Norms, sameNorms, type Bm25Norms } from './bm25.ts';
import { CorpusStats, TermLookup } from './corpus-stats.ts';
import { SearchIndexError, SearchSyntaxError } from './errors.ts';
import { evaluatePlan } from './evaluate-query.ts';
import { mergeSorted } from './expand-terms.ts';
import { activeFilters, FacetCounter } from './facet-counter.ts';
import { FacetTable } from './facet-table.ts';
import { UnitGroups } from './group-by-unit.ts';
import { readIndexFile, writeIndexFile } from './index-file.ts';
import { parseQuery } from './parse-query.ts';
import { planQuery, type QueryPlan } from './plan-query.ts';
import { buildHits } from './search-hit.ts';
import { SEARCH_SYNONYMS } from './search-synonyms.ts';
import { Shard } from './shard.ts';
import { TitleFilter } from './title-filter.ts';
import { EvalBuffers, type HitList } from './slot-buffers.ts';
import { SynonymIndex } from './synonym-index.ts';
import { SynonymPostings } from './synonym-postings.ts';
import { topK } from './top-k.ts';
import { FIELD_NAMES, type FieldName, type SearchDoc, type SearchRequest, type SearchResponse } from './types.ts';
import { validateDocs } from './validate-docs.ts';
import { pushAll } from '../large-arrays.ts';

/** A shard holds about this much text: rebuilding one (compact) takes a few seconds; queries visit every shard. */
const SHARD_CHARS = 3_000_000;
const MAX_QUERY_CHARS = 1000;
const DEFAULT_SIZE = 20;
const MAX_SIZE = 100;
const DEFAULT_FACET_LIMIT = 100;
/** Recent query plans kept (a few KB each); all are dropped when full. */
const PLANS_KEPT = 1000;
export const NO_ALL_WORDS_NOTE = 'No provision has all of these words: showing provisions with any of them, best first.';

interface SearchOptions {
  shardChars?: number;
  /** Merged posting lists per thesaurus group (default true); false walks every synonym, as a reference. */
  synonymLists?: boolean;
}

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
  /** The shard of each live slot; a removed provision's entry is cleared, so that a dead shard can be collected. */
  private readonly slotShard: Array<Shard | undefined> = [];
  private readonly slotLocal: number[] = [];
  private shards: Shard[] = [];
  private readonly shardInfo = new Map<Shard, ShardInfo>();
  private readonly byInstrument = new Map<string, Set<number>>();
  private stats = new CorpusStats();
  private readonly facets = new FacetTable();
  private readonly synonyms: SynonymIndex;
  private readonly synonymLists: SynonymPostings | null;
  private readonly buffers = new EvalBuffers();
  /** Made once, not per query (under tsx every closure made also gets its name set). */
  private readonly fieldTextOf = (slot: number, field: FieldName): string => this.fieldText(slot, field);
  private readonly vocabularyOf = (): string[] => this.vocabulary();
  private readonly units = new UnitGroups();
  private readonly titles = new TitleFilter();
  /** Union of the shards' sorted terms, for wildcards and fuzzy terms; dropped when the shards change. */
  private vocabularyCache: string[] | null = null;
  /** Resolved terms for the current shards and statistics; dropped with any change to either. */
  private lookupCache: TermLookup | null = null;
  /** Plans of recent queries, by words and options (read-only once made; see plan()). */
  private readonly plans = new Map<string, QueryPlan>();
  /** The statistics the shards' posting weights were last computed for. */
  private norms: Bm25Norms | null = null;

  private constructor(thesaurus: Thesaurus, options: SearchOptions) {
    this.synonyms = SynonymIndex.fromThesaurus(thesaurus, SEARCH_SYNONYMS);
    this.synonymLists =
      options.synonymLists === false
        ? null
        : new SynonymPostings(this.synonyms, (shard, local, f) => this.fieldText(shard.slots[local], FIELD_NAMES[f]));
  }

  static build(docs: SearchDoc[], thesaurus: Thesaurus, options: SearchOptions = {}): ProvisionSearch {
    const search = new ProvisionSearch(thesaurus, options);
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
      pushAll(pending, g);
      chars += size;
    }
    if (pending.length > 0) search.addShard(pending);
    search.prepare();
    return search;
  }

  static load(serialised: string, thesaurus: Thesaurus, options: SearchOptions = {}): ProvisionSearch {
    const { docs, shards } = readIndexFile(serialised);
    const search = new ProvisionSearch(thesaurus, options);
    docs.forEach((d) => search.docs.push(d));
    for (const shard of shards) search.attachShard(shard);
    search.prepare();
    return search;
  }

  serialise(): string {
    return writeIndexFile(this.shards, (slot) => this.docs[slot]!);
  }

  upsertInstrument(instrumentId: string, docs: SearchDoc[]): void {
    if (typeof instrumentId !== 'string' || instrumentId === '') throw new SearchIndexError('upsertInstrument: instrumentId must be a non-empty string');
    const valid = validateDocs(docs, `upsertInstrument("${instrumentId}")`, instrumentId);
    this.removeInstrument(instrumentId);
    if (valid.length > 0) this.addShard(valid);
    // The next query (often the uploader's own) should not pay for the new statistics' weights and lists.
    this.prepare();
  }

  removeInstrument(instrumentId: string): void {
    const slots = this.byInstrument.get(instrumentId);
    if (!slots) return;
    const byShard = new Map<Shard, number[]>();
    for (const slot of slots) {
      if (!this.docs[slot]) continue;
      const shard = this.slotShard[slot]!; // every live slot has its shard
      const local = this.slotLocal[slot];
      let list = byShard.get(shard);
      if (!list) byShard.set(shard, (list = []));
      list.push(local);
      this.stats.count(shard, local, -1);
      this.docs[slot] = null;
      this.slotShard[slot] = undefined;
    }
    for (const [shard, locals] of byShard) shard.kill(locals);
    this.byInstrument.delete(instrumentId);
    this.titles.delete(instrumentId);
    for (const shard of this.shards) {
      this.shardInfo.get(shard)?.instruments.delete(instrumentId);
    }
    // A shard left with no live provision goes, and nothing keeps it (an upload and its deletion, repeated, must not
    // grow the server).
    for (const shard of this.shards) if (shard.liveCount === 0) this.shardInfo.delete(shard);
    this.shards = this.shards.filter((s) => s.liveCount > 0);
    // The vocabulary may keep terms only the removed provisions had: they expand to nothing.
    this.lookupCache = null;
    this.normalise();
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
    this.vocabularyCache = null;
    this.lookupCache = null;
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
    this.lookupCache = null;
    this.vocabularyCache = null;
    this.norms = null;
    this.prepare();
  }

  /**
   * Everything a query would otherwise build on first use: facet codes, the vocabulary, posting weights, the
   * thesaurus groups' merged lists (their idf moves with every upsert; after a removal alone they are rebuilt on use).
   */
  private prepare(): void {
    this.facets.prepare();
    this.vocabulary();
    this.normalise();
    this.synonymLists?.buildAll(this.termLookup(), this.shards);
  }

  /** Term ids and idf for the current shards and statistics; replaced with any change to either. */
  private termLookup(): TermLookup {
    return (this.lookupCache ??= new TermLookup(this.shards, this.stats));
  }

  /**
   * Posting weights follow the average field lengths, which every build, upsert and removal moves: each shard
   * re-weighs its postings when they changed (tens of ms over the bulk corpus). Also checked before each query.
   */
  private normalise(): Bm25Norms {
    const fresh = bm25Norms(this.stats);
    const norms = sameNorms(this.norms, fresh) ? this.norms! : fresh;
    // Each shard checks its own (a shard attached since may have none yet): a few comparisons per shard.
    for (const shard of this.shards) shard.normalise(norms);
    this.norms = norms;
    return norms;
  }

  get counts(): { provisions: number; instruments: number; shards: number } {
    return { provisions: this.stats.docs, instruments: this.byInstrument.size, shards: this.shards.length };
  }

  query(req: SearchRequest): SearchResponse {
    if (typeof req !== 'object' || req === null || typeof req.q !== 'string') throw new SearchSyntaxError('The query "q" must be a string.', 0);
    const q = req.q.trim();
    if (q.length > MAX_QUERY_CHARS) throw new SearchSyntaxError(`The query is ${q.length} characters long; at most ${MAX_QUERY_CHARS} are allowed.`, MAX_QUERY_CHARS);
    if (req.group !== undefined && req.group !== 'provision' && req.group !== 'unit') {
      throw new SearchSyntaxError(`group must be "provision" or "unit", not "${String(req.group)}".`, 0);
    }
    if (req.match !== undefined && req.match !== 'all' && req.match !== 'any') {
      throw new SearchSyntaxError(`match must be "all" or "any", not "${String(req.match)}".`, 0);
    }
    const size = Math.min(MAX_SIZE, Math.max(1, Math.floor(Number(req.size ?? DEFAULT_SIZE)) || DEFAULT_SIZE));
    const page = Math.max(1, Math.floor(Number(req.page ?? 1)) || 1);
    // Planned before any buffer is touched: a syntax error leaves nothing behind.
    const synonyms = req.synonyms !== false;
    const plan = q === '' ? null : this.plan(q, synonyms, req.match ?? 'all');
    const first = this.runWithBuffers(req, plan, page, size);
    if (first.total > 0 || !plan?.relaxable) return first;
    // No provision has every word: say so and show those with any of them, best first (as a lawyer would retry).
    const relaxed = this.runWithBuffers(req, this.plan(q, synonyms, 'any'), page, size);
    relaxed.notes = [NO_ALL_WORDS_NOTE, ...(relaxed.notes ?? [])];
    return relaxed;
  }

  /**
   * The plan of a query, from the recent plans when the same words were searched with the same options: a plan
   * depends on nothing else (the thesaurus is fixed for the index), and a reader who turns a page, ticks a facet or
   * exports searches the same words again. Planning (synonyms, phrases) costs about a tenth of a search.
   */
  private plan(q: string, synonyms: boolean, match: 'all' | 'any'): QueryPlan {
    const key = `${synonyms ? 's' : '-'}${match}:${q}`;
    let plan = this.plans.get(key);
    if (plan === undefined) {
      plan = planQuery(parseQuery(q), synonyms ? this.synonyms : null, match);
      if (this.plans.size >= PLANS_KEPT) this.plans.clear();
      this.plans.set(key, plan);
    }
    return plan;
  }

  private runWithBuffers(req: SearchRequest, plan: QueryPlan | null, page: number, size: number): SearchResponse {
    const buffers = this.buffers;
    buffers.ensure(this.docs.length);
    try {
      return this.run(req, plan, page, size);
    } finally {
      buffers.reset();
      this.facets.clearScratch();
    }
  }

  private run(req: SearchRequest, plan: QueryPlan | null, page: number, size: number): SearchResponse {
    const filters = activeFilters(req.filters);
    const counter = new FacetCounter(this.facets, filters);
    const notes: string[] = [];
    let hits: HitList = this.buffers.hits;
    let terms = new Map<Shard, Set<number>>();
    // `title:` restricts the instruments searched, like a filter that is not a facet (its own count is not shown).
    const titled = plan && plan.titles.length > 0 ? this.titles.matching(plan.titles) : null;
    if (!plan || (plan.units.length === 0 && titled)) {
      // Browse: every provision passing the filters, in corpus order.
      hits.ensure(this.docs.length);
      const docs = this.docs;
      const slots = hits.slots;
      const scores = hits.scores;
      let n = 0;
      for (let slot = 0; slot < docs.length; slot++) {
        const d = docs[slot];
        if (d !== null && (titled === null || titled.has(d.instrument))) {
          slots[n] = slot;
          scores[n++] = 0;
        }
      }
      hits.count = n;
    } else {
      pushAll(notes, plan.notes);
      if (plan.units.length > 0) {
        const inst = filters.find(([name]) => name === 'instrument')?.[1];
        const jur = filters.find(([name]) => name === 'jurisdiction')?.[1];
        const evaluation = evaluatePlan(
          plan,
          {
            shards: this.shards,
            stats: this.stats,
            slotCount: this.docs.length,
            lookup: this.termLookup(),
            norms: this.normalise(),
            buffers: this.buffers,
            fieldText: this.fieldTextOf,
            vocabulary: this.vocabularyOf,
            synonymLists: this.synonymLists,
            shardAllowed: this.shardFilter(titled, inst, jur),
          },
        );
        pushAll(notes, evaluation.notes);
        terms = evaluation.terms;
        if (titled) this.keepInstruments(hits, titled);
      }
    }
    // Facets count every matching provision; then only those passing the filters stay.
    counter.take(hits);
    if (req.group === 'unit') hits = this.units.group(hits, this.buffers.grouped);
    const total = hits.count;
    const pageItems = topK(hits, page * size).slice((page - 1) * size);
    const found = buildHits(
      pageItems.map((i) => {
        const slot = hits.slots[i];
        return { doc: this.docs[slot]!, score: hits.scores[i], shard: this.slotShard[slot]!, local: this.slotLocal[slot] };
      }),
      terms,
    );
    const limit = Math.max(1, Math.floor(Number(req.facetLimit ?? DEFAULT_FACET_LIMIT)) || DEFAULT_FACET_LIMIT);
    const response: SearchResponse = { total, page, size, hits: found, facets: counter.result(limit) };
    if (notes.length > 0) response.notes = notes;
    return response;
  }

  /**
   * Shards that may hold a result. Facet counts leave out the facet's own filter, so a provision failing one filter
   * still counts; a shard can be skipped only when all its provisions fail both the instrument and jurisdiction
   * filters (or none of its instruments passes `title:`).
   */
  private shardFilter(titled: Set<string> | null, inst: Set<string> | undefined, jur: Set<string> | undefined): (shard: Shard) => boolean {
    return (shard) => {
      const info = this.shardInfo.get(shard)!;
      if (titled && ![...info.instruments].some((i) => titled.has(i))) return false;
      const failsInst = !!inst && ![...inst].some((i) => info.instruments.has(i));
      const failsJur = !!jur && ![...jur].some((j) => info.jurisdictions.has(j));
      return !(failsInst && failsJur);
    };
  }

  /** Keeps (in place, order kept) the hits of the given instruments: one look-up per hit, not per provision. */
  private keepInstruments(hits: HitList, allowed: Set<string>): void {
    const { slots, scores } = hits;
    let kept = 0;
    for (let i = 0; i < hits.count; i++) {
      if (!allowed.has(this.docs[slots[i]]!.instrument)) continue;
      slots[kept] = slots[i];
      scores[kept++] = scores[i];
    }
    hits.count = kept;
  }

  /** Every index term of the live shards, sorted; built once, then kept up to date by attachShard. */
  private vocabulary(): string[] {
    return (this.vocabularyCache ??= mergeSorted(this.shards.map((sh) => sh.segment.terms)));
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
      this.units.set(slot, d.instrument, d.unit);
      this.titles.set(d.instrument, d.instrumentTitle);
      info.instruments.add(d.instrument);
      info.jurisdictions.add(d.jurisdiction);
      const set = this.byInstrument.get(d.instrument) ?? new Set<number>();
      set.add(slot);
      this.byInstrument.set(d.instrument, set);
    });
    shard.findPhrases(this.synonyms.phraseTerms(), (local, f) => this.fieldText(shard.slots[local], FIELD_NAMES[f]));
    this.shards.push(shard);
    // A new shard's terms are merged in (cheap) rather than the whole vocabulary rebuilt on the next wildcard.
    if (this.vocabularyCache) this.vocabularyCache = mergeSorted([this.vocabularyCache, shard.segment.terms]);
    this.lookupCache = null;
    this.shardInfo.set(shard, info);
    if (countStats) this.stats.addShard(shard);
  }
}
