import type { ArticleAlignment, CoverageStatus } from '../align/types.ts';

/** Status and provisions that count for a cell: the reviewer's when there is one, else the machine's. */
export function effective(a: ArticleAlignment): { status: CoverageStatus; provisions: string[]; reviewed: boolean } {
  return a.reviewed
    ? { status: a.reviewed.status, provisions: a.reviewed.provisions, reviewed: true }
    : { status: a.status, provisions: a.provisions, reviewed: false };
}
