import { createHash } from 'node:crypto';
import type { Provision } from '../ingest/types.ts';
import { lexError } from '../errors.ts';
import type { Store } from '../store/types.ts';
import type { AlignmentService } from './alignments.ts';
import type { Catalogue } from './catalogue.ts';
import { searchResponseJson } from '../search/response-json.ts';
import type { SearchHit } from '../search/types.ts';
import type { Pipeline, SearchDoc, SearchIndex, SearchRequest, SearchResponse } from './pipeline.ts';
import type { TemplateRegistry } from './templates.ts';
import { pushAll } from '../large-arrays.ts';
import { Lru } from './lru.ts';

const KEY_BLOB = 'search-index.key';
const DATA_BLOB = 'search-index.data';
/** The longest a write of the index (and its compaction) waits behind a stream of uploads. */
const PERSIST_MAX_WAIT_MS = 5_000;
const COMPACT_AFTER_UPSERTS = 8;
/** An export reads the engine's largest page at a time. */
const EXPORT_PAGE = 100;
/** Recent answers kept, ready to send: a page of 10 hits with its facets is about 15 KB. */
export const ANSWERS_CACHED = 512;
const ANSWERS_MAX_BYTES = 16 * 1024 * 1024;

/**
 * One key per distinct request: the query as the engine reads it (trimmed) and every option, with each filter's
 * values sorted (a filter is a set: `?jurisdiction=KE&jurisdiction=UG` and the reverse are one search).
 */
function answerKey(request: SearchRequest): string {
  const filters = Object.entries(request.filters ?? {})
    .filter(([, values]) => values && values.length > 0)
    .map(([facet, values]) => [facet, [...values!].sort()] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const { q, page, size, group, synonyms, match, facetLimit } = request;
  return JSON.stringify([q.trim(), page, size, group, synonyms, match, facetLimit, filters]);
}

/** The Part a provision sits in, as a drafter names it: "Part II – Offences". */
function partLabel(p: Provision): string {
  const step = p.path.find((s) => s.type === 'part' || s.type === 'chapter');
  if (!step) return '';
  const name = `${step.type === 'part' ? 'Part' : 'Chapter'} ${step.num}`;
  return step.heading ? `${name} – ${step.heading}` : name;
}

/**
 * The search index over every served provision. Built once and stored serialised under a key made of every
 * instrument's hash, so a start-up with unchanged texts loads it instead of rebuilding; uploads and deletions
 * update it in place.
 */
export class SearchService {
  private index: SearchIndex | null = null;
  private persistTimer: NodeJS.Timeout | null = null;
  /** When the pending write was first asked for: a steady stream of uploads must not postpone it for ever. */
  private persistAskedAt = 0;
  /** Upserts since the index was last compacted; each upload adds a small shard (about 65 KB for a one-page act). */
  private upserts = 0;
  lastInit: { rebuilt: boolean; docs: number; ms: number } | null = null;
  /**
   * Recent answers as the bytes sent, as the matrix and correlation tables are kept: the same search again (a
   * shared link, the back button, a colleague's query) is sent without being run again. Every change to the index
   * empties it (indexChanged), so an answer is never older than the index.
   */
  private readonly answers = new Lru<Buffer>(ANSWERS_CACHED, (body) => body.length, ANSWERS_MAX_BYTES);

  constructor(
    private readonly store: Store,
    private readonly pipeline: Pipeline,
    private readonly catalogue: Catalogue,
    private readonly alignments: AlignmentService,
    private readonly templates: TemplateRegistry,
    private readonly defaultTemplate: string,
  ) {}

  private indexKey(): string {
    const h = createHash('sha256');
    for (const row of this.catalogue.list()) h.update(`${row.id}:${row.hash}\n`);
    if (this.templates.has(this.defaultTemplate)) h.update(this.templates.get(this.defaultTemplate).hash);
    h.update(this.pipeline.engineVersion);
    return h.digest('hex');
  }

  async init(): Promise<void> {
    const started = performance.now();
    const key = this.indexKey();
    const storedKey = this.store.getBlob(KEY_BLOB);
    const data = storedKey === key ? this.store.getBlob(DATA_BLOB) : null;
    if (data) {
      try {
        this.index = this.pipeline.search.load(data);
        this.indexChanged();
        this.lastInit = { rebuilt: false, docs: 0, ms: Math.round(performance.now() - started) };
        return;
      } catch {
        // A stored index from another search version: rebuild below.
      }
    }
    const docs: SearchDoc[] = [];
    for (const row of this.catalogue.list()) pushAll(docs, await this.docsFor(row.id));
    this.index = this.pipeline.search.build(docs);
    this.indexChanged();
    this.persist();
    this.lastInit = { rebuilt: true, docs: docs.length, ms: Math.round(performance.now() - started) };
  }

  /** Template articles each unit is aligned to (default template), so search can filter by article. */
  private async articlesByUnit(id: string): Promise<Map<string, string[]>> {
    const row = this.catalogue.get(id);
    const byUnit = new Map<string, string[]>();
    // Bulk folders are not aligned at start-up (that would cost minutes); their provisions carry no articles.
    if (row.instrument.role !== 'statute' || row.collection === 'extra' || !this.templates.has(this.defaultTemplate)) return byUnit;
    try {
      const table = await this.alignments.machineTable(id, this.defaultTemplate);
      for (const [article, a] of Object.entries(table.articles)) {
        for (const unit of a.provisions) byUnit.set(unit, [...(byUnit.get(unit) ?? []), article]);
      }
    } catch {
      // An instrument the engine cannot align is still searchable.
    }
    return byUnit;
  }

  async docsFor(id: string): Promise<SearchDoc[]> {
    const row = this.catalogue.get(id);
    const byUnit = await this.articlesByUnit(id);
    const provisions = this.catalogue.provisions(id);
    const headingOf = new Map(provisions.filter((p) => p.level === 0).map((p) => [p.unit, p.heading ?? '']));
    return provisions.map((p) => ({
      instrument: id,
      instrumentTitle: row.instrument.title,
      jurisdiction: row.instrument.jurisdiction,
      eId: p.eId,
      num: p.num,
      unit: p.unit,
      heading: p.heading ?? headingOf.get(p.unit) ?? '',
      text: p.text,
      defines: p.defines.map((d) => d.term),
      kind: p.kind,
      part: partLabel(p),
      articles: byUnit.get(p.unit) ?? [],
    }));
  }

  async refresh(id: string): Promise<void> {
    if (!this.index) return;
    this.index.upsertInstrument(id, await this.docsFor(id));
    this.indexChanged();
    this.upserts++;
    this.schedulePersist();
  }

  remove(id: string): void {
    if (!this.index) return;
    this.index.removeInstrument(id);
    this.indexChanged();
    this.schedulePersist();
  }

  /**
   * The answer to a search as the JSON bytes sent (server/search/response-json.ts), from the recent answers when
   * the same search was made since the index last changed; `fresh` runs it again (a request's
   * `Cache-Control: no-cache`).
   */
  answer(request: SearchRequest, options: { fresh?: boolean } = {}): Buffer {
    const key = answerKey(request);
    const kept = options.fresh ? undefined : this.answers.get(key);
    if (kept) return kept;
    const body = searchResponseJson(this.query(request));
    this.answers.set(key, body);
    return body;
  }

  /** How many answers are kept (at most ANSWERS_CACHED). */
  get answersKept(): number {
    return this.answers.size;
  }

  /** Any change to the index (a build, a load, an upload, a deletion, a compaction that recomputes scores) may change any answer. */
  private indexChanged(): void {
    this.answers.clear();
  }

  query(request: SearchRequest): SearchResponse {
    if (!this.index) throw lexError('UNAVAILABLE', 'the search index is still being built');
    try {
      return this.index.query(request);
    } catch (error) {
      if (this.pipeline.search.isSyntaxError(error)) throw lexError('BAD_QUERY', (error as Error).message);
      throw error;
    }
  }

  /** The first `limit` hits, best first, page by page (an export: a bounded heap per page, no unbounded answer). */
  exportHits(request: Omit<SearchRequest, 'page' | 'size'>, limit: number): { total: number; hits: SearchHit[] } {
    const hits: SearchHit[] = [];
    let total = 0;
    for (let page = 1; hits.length < limit; page++) {
      const res = this.query({ ...request, page, size: EXPORT_PAGE });
      total = res.total;
      for (const h of res.hits) if (hits.length < limit) hits.push(h);
      if (res.hits.length < EXPORT_PAGE) break;
    }
    return { total, hits };
  }

  private schedulePersist(): void {
    const now = Date.now();
    if (this.persistTimer) {
      // Several uploads in a row serialise the index once; but under a steady stream (a soak: an upload every 50 ms)
      // a plain debounce would never fire, and the shards uploads add would never be compacted nor stored.
      if (now - this.persistAskedAt >= PERSIST_MAX_WAIT_MS) return;
      clearTimeout(this.persistTimer);
    } else {
      this.persistAskedAt = now;
    }
    this.persistTimer = setTimeout(() => {
      this.persistTimer = null;
      // Once the uploads pause: merging a few small shards costs milliseconds, and queries visit fewer shards.
      if (this.upserts >= COMPACT_AFTER_UPSERTS && this.index?.compact) {
        this.index.compact();
        this.indexChanged();
        this.upserts = 0;
      }
      this.persist();
    }, 500);
    this.persistTimer.unref();
  }

  /** Writes the index now (also called on shutdown so a pending update is not lost). */
  persist(): void {
    if (this.persistTimer) {
      clearTimeout(this.persistTimer);
      this.persistTimer = null;
    }
    if (!this.index) return;
    this.store.putBlob(DATA_BLOB, this.index.serialise());
    this.store.putBlob(KEY_BLOB, this.indexKey());
  }
}
