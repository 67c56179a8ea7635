import type { ArticleAlignment } from '../../align/types.ts';
import type { ElementColumnInput } from '../../compare/element-table.ts';
import type { Provision } from '../../ingest/types.ts';
import { lexError } from '../../errors.ts';
import { MAX_COMPARE } from '../../schemas/compare.ts';
import type { AlignmentService } from '../../services/alignments.ts';
import type { Catalogue } from '../../services/catalogue.ts';

interface CompareColumnData extends ElementColumnInput {
  provisions: Provision[];
}

/** The distinct ids of a comparison, in the order given; 1 to MAX_COMPARE of them. */
export function compareIds(list: string): string[] {
  const ids = [...new Set(list.split(',').filter(Boolean))];
  if (ids.length === 0 || ids.length > MAX_COMPARE) throw lexError('BAD_REQUEST', `name between 1 and ${MAX_COMPARE} instruments`);
  return ids;
}

/** Each instrument's finding for the article, with its provisions (for texts and citations). */
export async function compareColumns(ids: string[], template: string, article: string, services: { alignments: AlignmentService; catalogue: Catalogue }): Promise<CompareColumnData[]> {
  const out: CompareColumnData[] = [];
  for (const id of ids) {
    const row = services.catalogue.get(id);
    const alignment: ArticleAlignment | undefined = (await services.alignments.table(id, template)).table.articles[article];
    const provisions = services.catalogue.provisions(id);
    out.push({ instrument: row.instrument, alignment, provisions, nums: new Map(provisions.map((p) => [p.eId, p.num])) });
  }
  return out;
}
