import type { Catalogue } from './catalogue.ts';
import type { AlignmentService } from './alignments.ts';
import type { TemplateRegistry } from './templates.ts';
import { buildMatrix, type Matrix } from '../matrix/build-matrix.ts';
import type { Collection } from '../store/types.ts';
import { Lru } from './lru.ts';
import { LexAlignError } from '../errors.ts';
import { buildFramework } from '../frameworks/build-framework.ts';
import { frameworkMatrix } from '../frameworks/framework-matrix.ts';
import type { TemplateArticle } from '../templates/types.ts';
import type { FrameworkService } from './frameworks.ts';

interface MatrixFilters {
  template: string;
  jurisdiction?: string;
  group?: string;
  /** Which collections' statutes to include; by default all but `extra` (bulk folders loaded for search and scale). */
  collections?: Collection[];
  /** One row per statute (default) or per jurisdiction's framework. */
  rows?: 'instrument' | 'jurisdiction';
}

const allCollections: readonly Collection[] = ['samples', 'corpus', 'extra', 'upload'];
const defaultCollections: Collection[] = ['samples', 'corpus', 'upload'];

/** Matrices kept at once: each is a few hundred KB for the bulk corpus; views a person flips between fit easily. */
const CACHED_MATRICES = 32;

/**
 * The filters as one canonical key: the jurisdiction upper-cased, the collections deduplicated, sorted and limited
 * to the four there are. Every way of writing one view (`jurisdiction=xa` or `XA`, `collection=upload,upload`) is
 * one entry, so no query string can grow the cache.
 */
export function matrixKey(filters: MatrixFilters): { key: string; jurisdiction: string; collections: Collection[] } {
  const jurisdiction = (filters.jurisdiction ?? '').toUpperCase();
  const wanted = new Set(filters.collections ?? []);
  const collections = wanted.size ? allCollections.filter((c) => wanted.has(c)) : defaultCollections;
  const rowsBy = filters.rows ?? 'instrument';
  return { key: JSON.stringify([filters.template, jurisdiction, filters.group ?? '', collections, rowsBy]), jurisdiction, collections };
}

/**
 * The matrix, kept as ready JSON bytes per filter set (an LRU of 32) until any table changes: the whole cache is
 * dropped when AlignmentService.generation moves, since every matrix built before may be stale.
 */
export class MatrixService {
  private readonly cache = new Lru<{ matrix: Matrix; body: Buffer }>(CACHED_MATRICES);
  private cachedGeneration = -1;

  constructor(
    private readonly catalogue: Catalogue,
    private readonly alignments: AlignmentService,
    private readonly templates: TemplateRegistry,
    private readonly frameworks?: FrameworkService,
  ) {}

  /** Entries held now (for tests and the health of the process). */
  get size(): number {
    return this.cache.size;
  }

  async get(filters: MatrixFilters): Promise<{ matrix: Matrix; body: Buffer }> {
    const tpl = this.templates.get(filters.template);
    const { key, jurisdiction, collections } = matrixKey(filters);
    if (this.cachedGeneration !== this.alignments.generation) {
      this.cache.clear();
      this.cachedGeneration = this.alignments.generation;
    }
    const hit = this.cache.get(key);
    if (hit) return hit;
    const generation = this.alignments.generation;
    const rows = this.catalogue
      .list()
      .filter((r) => r.instrument.role === 'statute' && collections.includes(r.collection))
      .filter((r) => !jurisdiction || r.instrument.jurisdiction === jurisdiction);
    const tables = [];
    const errors: Matrix['errors'] = [];
    for (const row of rows) {
      try {
        tables.push({ instrument: row.instrument, table: (await this.alignments.table(row.id, tpl.id)).table, collection: row.collection });
      } catch (error) {
        // Our coded errors say what is wrong; a JavaScript message ("Maximum call stack size exceeded") is for the log.
        errors.push({ instrument: row.id, reason: error instanceof LexAlignError ? error.message : 'the alignment engine failed on this text' });
      }
    }
    const articles = filters.group ? tpl.articles.filter((a) => a.group === filters.group) : tpl.articles;
    let matrix = buildMatrix(tpl.id, articles, tables, errors);
    if (filters.rows === 'jurisdiction' && this.frameworks) matrix = await this.byJurisdiction(matrix, tpl.id, articles, jurisdiction);
    const entry = { matrix, body: Buffer.from(JSON.stringify(matrix)) };
    // Cache only if nothing changed while we were aligning.
    if (generation === this.alignments.generation && generation === this.cachedGeneration) this.cache.set(key, entry);
    return entry;
  }

  /** The same columns with one row per jurisdiction's framework (its included statutes read together). */
  private async byJurisdiction(base: Matrix, template: string, articles: TemplateArticle[], jurisdiction: string): Promise<Matrix> {
    // Every statute row has its state's row: the samples too, labelled as such.
    const details = await this.frameworks!.frameworks(template, jurisdiction ? [jurisdiction] : undefined, true);
    const inputs = details.map((d) => ({
      framework: buildFramework(d.framework.jurisdiction, template, articles, d.tables),
      name: d.summary.name,
      sample: d.summary.sample,
      instruments: d.members.map((m) => m.instrument),
    }));
    const errors = [...base.errors, ...details.flatMap((d) => d.errors)];
    return { ...frameworkMatrix(base, articles, inputs), errors };
  }
}
