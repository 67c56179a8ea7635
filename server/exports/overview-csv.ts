import type { RegionalOverview } from '../frameworks/regional-overview.ts';
import { toCsv } from './csv.ts';

const header = [
  'article', 'title', 'obligation', 'states_covering', 'covering', 'states_partly_covering', 'partly_covering',
  'states_missing', 'missing', 'covered_by_reading_together', 'typical_missing_elements',
];

/** The regional overview as a spreadsheet: one row per article, the states named by code under each status. */
export function overviewCsv(o: RegionalOverview): string {
  const typical = new Map(o.priorities.map((p) => [p.article, p.typical.map((t) => `${t.label} (${t.states.length} of ${o.states.length} states)`)]));
  const rows = o.articles.map((a) => [
    a.article, a.title, a.obligation, a.covered.length, a.covered, a.partial.length, a.partial, a.missing.length, a.missing,
    a.combined, typical.get(a.article) ?? [],
  ]);
  return toCsv(header, rows);
}
