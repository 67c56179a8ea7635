import type { Catalogue } from './catalogue.ts';
import type { AlignmentService } from './alignments.ts';
import type { TemplateRegistry } from './templates.ts';
import { buildMatrix, type Matrix } from '../matrix/build-matrix.ts';
import type { Collection } from '../store/types.ts';

export interface MatrixFilters {
  template: string;
  jurisdiction?: string;
  group?: string;
  /** Which collections' statutes to include; by default all but `extra` (bulk folders loaded for search and scale). */
  collections?: Collection[];
}

const defaultCollections: Collection[] = ['samples', 'corpus', 'upload'];

/** The matrix, kept as ready JSON bytes per filter set until any table changes (AlignmentService.generation). */
export class MatrixService {
  private readonly cache = new Map<string, { generation: number; matrix: Matrix; body: Buffer }>();

  constructor(
    private readonly catalogue: Catalogue,
    private readonly alignments: AlignmentService,
    private readonly templates: TemplateRegistry,
  ) {}

  async get(filters: MatrixFilters): Promise<{ matrix: Matrix; body: Buffer }> {
    const tpl = this.templates.get(filters.template);
    const collections = filters.collections?.length ? filters.collections : defaultCollections;
    const key = JSON.stringify([filters.template, filters.jurisdiction ?? '', filters.group ?? '', [...collections].sort()]);
    const hit = this.cache.get(key);
    if (hit && hit.generation === this.alignments.generation) return hit;
    const generation = this.alignments.generation;
    const jurisdiction = filters.jurisdiction?.toUpperCase();
    const rows = this.catalogue
      .list()
      .filter((r) => r.instrument.role === 'statute' && collections.includes(r.collection))
      .filter((r) => !jurisdiction || r.instrument.jurisdiction === jurisdiction);
    const tables = [];
    const errors: Matrix['errors'] = [];
    for (const row of rows) {
      try {
        tables.push({ instrument: row.instrument, table: (await this.alignments.table(row.id, tpl.id)).table });
      } catch (error) {
        errors.push({ instrument: row.id, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    const articles = filters.group ? tpl.articles.filter((a) => a.group === filters.group) : tpl.articles;
    const matrix = buildMatrix(tpl.id, articles, tables, errors);
    const entry = { generation, matrix, body: Buffer.from(JSON.stringify(matrix)) };
    // Cache only if nothing changed while we were aligning.
    if (generation === this.alignments.generation) this.cache.set(key, entry);
    return entry;
  }
}
