import type { ArticleAlignment, CoverageStatus } from '../align/types.ts';

/** Status and provisions that count for a cell: the reviewer's when there is one, else the machine's. */
export function effective(a: ArticleAlignment): { status: CoverageStatus; provisions: string[]; reviewed: boolean } {
  return a.reviewed
    ? { status: a.reviewed.status, provisions: a.reviewed.provisions, reviewed: true }
    : { status: a.status, provisions: a.provisions, reviewed: false };
}

/** What a citation of the cell names: the reviewer's pinpoints or units once reviewed, else the machine's pinpoints. */
export function citedPinpoints(a: ArticleAlignment): string[] {
  if (a.reviewed) return a.reviewed.pinpoints?.length ? a.reviewed.pinpoints : a.reviewed.provisions;
  return a.pinpoints?.length ? a.pinpoints : a.provisions;
}
