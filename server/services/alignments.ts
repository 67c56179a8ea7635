import { createHash } from 'node:crypto';
import type { ArticleAlignment, CorrelationTable, CoverageStatus } from '../align/types.ts';
import { lexError } from '../errors.ts';
import type { ReviewRecord, Store } from '../store/types.ts';
import type { Catalogue } from './catalogue.ts';
import { Lru } from './lru.ts';
import type { Pipeline } from './pipeline.ts';
import type { TemplateRegistry } from './templates.ts';
import { resolvePinpoints, type ResolvedPinpoints } from './review-pinpoints.ts';

interface ReviewRequest {
  author: string;
  status: CoverageStatus;
  /** Units or pinpoints as a lawyer cites them: "14", "s. 3(1)(a)", "cl. 8(2)". */
  provisions: string[];
  note?: string;
  elementNotes?: Record<string, string>;
}

function mergeReviews(table: CorrelationTable, reviews: Map<string, ReviewRecord>): CorrelationTable {
  const articles: Record<string, ArticleAlignment> = {};
  for (const [article, a] of Object.entries(table.articles)) {
    const r = reviews.get(article);
    articles[article] = r
      ? {
          ...a,
          reviewed: {
            author: r.author,
            time: r.time,
            ...(r.note ? { note: r.note } : {}),
            status: r.status,
            provisions: r.provisions,
            ...(r.pinpoints ? { pinpoints: r.pinpoints } : {}),
            ...(r.elementNotes ? { elementNotes: r.elementNotes } : {}),
            machine: r.machine,
          },
        }
      : a;
  }
  return { ...table, articles };
}

/**
 * Correlation tables: the machine's, cached in the store under (instrument hash, template hash, engine version),
 * and the served one with reviews merged, cached in memory as ready JSON until a review or re-ingestion.
 */
export class AlignmentService {
  private readonly served = new Lru<{ table: CorrelationTable; body: Buffer }>(256, (e) => e.body.length, 64 * 1024 * 1024);
  private readonly inflight = new Map<string, Promise<CorrelationTable>>();
  /** Alignments that threw, under the same key as a table: a text the engine cannot align costs its time once. */
  private readonly failed = new Lru<unknown>(256);
  /** Bumped on any change that can alter a table: lets the matrix cache know it is stale. */
  generation = 0;

  constructor(
    private readonly store: Store,
    private readonly pipeline: Pipeline,
    private readonly catalogue: Catalogue,
    private readonly templates: TemplateRegistry,
  ) {
    catalogue.onChange((id) => this.invalidate(id));
  }

  invalidate(instrument: string): void {
    this.served.deleteWhere((k) => k.startsWith(`${instrument}\u0000`));
    this.generation++;
  }

  private cacheKey(instrument: string, template: string): string {
    const inst = this.catalogue.get(instrument);
    const tpl = this.templates.get(template);
    return createHash('sha256').update(`${inst.hash}\u0000${tpl.hash}\u0000${this.pipeline.engineVersion}`).digest('hex');
  }

  /** The machine's table, aligned at most once per (text, template, engine). */
  async machineTable(instrument: string, template: string): Promise<CorrelationTable> {
    const row = this.catalogue.get(instrument);
    const tpl = this.templates.get(template);
    if (row.instrument.role === 'template') throw lexError('NOT_A_STATUTE', instrument);
    const key = this.cacheKey(instrument, template);
    const cached = this.store.getCorrelation(instrument, template, key);
    if (cached) return JSON.parse(cached) as CorrelationTable;
    const flightKey = `${instrument}\u0000${template}\u0000${key}`;
    if (this.failed.has(flightKey)) throw this.failed.get(flightKey);
    let pending = this.inflight.get(flightKey);
    if (!pending) {
      pending = (async () => {
        try {
          const table = await this.pipeline.align(tpl, this.catalogue.ingestResult(instrument));
          this.store.putCorrelation(instrument, template, key, JSON.stringify(table));
          return table;
        } catch (error) {
          this.failed.set(flightKey, error);
          throw error;
        }
      })().finally(() => this.inflight.delete(flightKey));
      this.inflight.set(flightKey, pending);
    }
    return pending;
  }

  /** Stores a table aligned elsewhere (an upload's worker) as the machine's table for the current texts. */
  prime(instrument: string, template: string, table: CorrelationTable): void {
    if (!this.templates.has(template)) return;
    this.store.putCorrelation(instrument, template, this.cacheKey(instrument, template), JSON.stringify(table));
  }

  /**
   * The table as served: machine values with the latest review of each article merged in as `reviewed`; `body` is
   * its JSON as UTF-8 bytes, encoded once and sent as is on every read.
   */
  async table(instrument: string, template: string): Promise<{ table: CorrelationTable; body: Buffer }> {
    const k = `${instrument}\u0000${template}`;
    const hit = this.served.get(k);
    if (hit) return hit;
    const machine = await this.machineTable(instrument, template);
    const table = mergeReviews(machine, this.store.currentReviews(instrument, template));
    const entry = { table, body: Buffer.from(JSON.stringify(table)) };
    this.served.set(k, entry);
    return entry;
  }

  async review(instrument: string, template: string, article: string, input: ReviewRequest): Promise<ReviewRecord> {
    const profile = this.templates.article(template, article);
    const machine = (await this.machineTable(instrument, template)).articles[article];
    const cited = resolvePinpoints(input.provisions, this.catalogue.provisions(instrument), new Set(this.catalogue.get(instrument).instrument.report.units.map((u) => u.unit)));
    validateReview(input, cited);
    const elementNotes = cleanElementNotes(input.elementNotes, new Set(profile.elements.map((e) => e.id)));
    // Pinpoints are kept only when they say more than the units ("3(1)(a)" rather than "3").
    const exact = cited.pinpoints.some((p) => !cited.units.includes(p));
    const record = this.store.addReview({
      instrument,
      template,
      article,
      author: input.author.trim(),
      status: input.status,
      provisions: cited.units,
      ...(exact ? { pinpoints: cited.pinpoints } : {}),
      ...(input.note ? { note: input.note } : {}),
      ...(elementNotes ? { elementNotes } : {}),
      machine: { status: machine?.status ?? 'missing', provisions: machine?.provisions ?? [] },
    });
    this.invalidate(instrument);
    return record;
  }

  history(instrument: string, template: string, article: string): ReviewRecord[] {
    this.templates.article(template, article);
    // History outlives the instrument: a deleted upload's reviews can still be read.
    if (!this.catalogue.has(instrument) && this.store.reviewHistory(instrument, template, article).length === 0) {
      throw lexError('UNKNOWN_INSTRUMENT', instrument);
    }
    return this.store.reviewHistory(instrument, template, article);
  }
}

/** A reviewed cell must make legal sense: `missing` cites nothing; `covered`/`partial` cite provisions of the statute. */
function validateReview(input: ReviewRequest, cited: ResolvedPinpoints): void {
  if (!input.author.trim()) throw lexError('BAD_REQUEST', 'author must not be blank');
  if (input.status === 'missing' && input.provisions.length > 0) {
    throw lexError('BAD_REQUEST', 'a "missing" article cannot cite provisions');
  }
  if (input.status !== 'missing' && input.provisions.length === 0) {
    throw lexError('BAD_REQUEST', `a "${input.status}" article must cite at least one provision`);
  }
  if (cited.unknown.length) {
    throw lexError('BAD_REQUEST', `not a unit or provision of this instrument: ${cited.unknown.join(', ')} (cite it as printed, such as 14, s. 3(1)(a) or cl. 8(2))`);
  }
}

/** Notes on the article's own elements only, blank ones dropped; undefined when none is left. */
function cleanElementNotes(notes: Record<string, string> | undefined, elements: Set<string>): Record<string, string> | undefined {
  if (!notes) return undefined;
  const unknown = Object.keys(notes).filter((id) => !elements.has(id));
  if (unknown.length) throw lexError('BAD_REQUEST', `not an element of this article: ${unknown.join(', ')}`);
  const kept = Object.entries(notes)
    .map(([id, note]) => [id, note.trim()] as const)
    .filter(([, note]) => note !== '');
  return kept.length ? Object.fromEntries(kept) : undefined;
}
